package io.postkamer.mailbox;

/** What a write did: it changed the tenant, or the tenant already was as asked (writes are idempotent). */
public enum Change {
    MADE,
    ALREADY_SO
}
