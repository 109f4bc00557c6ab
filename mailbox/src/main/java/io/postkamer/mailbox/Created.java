package io.postkamer.mailbox;

/**
 * The result of creating a mailbox. {@link Change#ALREADY_SO} means an earlier attempt (for example one
 * that timed out) had already created exactly this mailbox.
 */
public record Created(Mailbox mailbox, Change change) {}
