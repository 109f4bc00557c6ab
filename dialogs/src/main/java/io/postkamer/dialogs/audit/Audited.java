package io.postkamer.dialogs.audit;

/**
 * What a change is, for the audit trail: the mailbox by its primary address, the action, and the
 * state before and after as a person would read it.
 */
public record Audited(String mailbox, String action, String before, String after) {

    public static Audited of(String mailbox, String action, String before, String after) {
        return new Audited(mailbox, action, before, after);
    }
}
