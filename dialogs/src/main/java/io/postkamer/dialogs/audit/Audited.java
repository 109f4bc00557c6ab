package io.postkamer.dialogs.audit;

/**
 * What a change is, for the audit: its target, the action, and the state before and after as a person
 * reads it. A target known to the caller (the wizard's own mailbox, a mailbox just read) is written as it
 * is; one given only by id or address is looked up in the directory when the entry is written.
 */
public record Audited(AuditEntry.Target target, boolean known, String action, String before, String after) {

    /** About the mailbox with this id or address; its name is looked up. */
    public static Audited of(String mailbox, String action, String before, String after) {
        return new Audited(
                new AuditEntry.Target(mailbox, mailbox, mailbox.contains("@") ? mailbox : ""),
                false,
                action,
                before,
                after);
    }

    /** About a target whose id, name and address the caller has at hand. */
    public static Audited on(AuditEntry.Target target, String action, String before, String after) {
        return new Audited(target, true, action, before, after);
    }
}
