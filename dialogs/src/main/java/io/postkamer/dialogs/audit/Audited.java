package io.postkamer.dialogs.audit;

import io.postkamer.mailbox.Right;

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

    /**
     * A right given to a member, as the history tells it: "grant SEND_AS", with the member and the right (and whether
     * Full Access automaps) in the state after.
     */
    public static Audited grant(AuditEntry.Target mailbox, String member, Right right, boolean autoMapping) {
        return on(
                mailbox,
                "grant " + right,
                "",
                member + " " + right + (autoMapping && right == Right.FULL_ACCESS ? " automapping" : ""));
    }
}
