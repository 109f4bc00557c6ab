package io.postkamer.mailbox;

/** What stands behind the trustee of a permission, as the directory says now. */
public enum TrusteeStatus {
    /** A person whose account may sign in. */
    ENABLED,
    /** A person whose account is disabled (someone who left, mostly): the permission serves nobody. */
    DISABLED,
    /** An account that no longer exists: Exchange shows it by its security identifier. */
    DELETED,
    /** A group: its members hold the permission through it, and Outlook does not add the mailbox for them. */
    GROUP,
    /** Anything else the directory knows (a shared mailbox, a contact), or an identity it cannot place. */
    OTHER
}
