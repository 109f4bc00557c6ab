package io.postkamer.dialogs.requests;

/** Access to an existing shared mailbox, or a new shared mailbox. */
public enum RequestKind {
    ACCESS,
    NEW_MAILBOX
}
