package io.postkamer.mailbox;

/** Exchange's RecipientTypeDetails for the mailboxes this service handles. */
public enum MailboxKind {
    SHARED,
    USER
}
