package io.postkamer.cards.health;

/** The kinds of finding a health report has, in the order the report shows them. */
public enum FindingKind {
    /** A shared mailbox whose own account may sign in. */
    SIGN_IN_ENABLED,
    /** A licensed shared mailbox under 50 GB, without an archive or litigation hold: the licence buys nothing. */
    LICENCE_NOT_NEEDED,
    /** A shared mailbox without a licence that is over or near 50 GB, or has an archive or hold. */
    LICENCE_NEEDED,
    /** A shared mailbox without owners to approve requests for it, or whose owners' accounts are all disabled. */
    NO_OWNER,
    /** A right held by a disabled or deleted account. */
    INACTIVE_TRUSTEES,
    /** Send As or Send on Behalf on a mailbox hidden from the address lists: Outlook desktop cannot use them. */
    SENDING_WHILE_HIDDEN,
    /** Full Access given to a group: Outlook maps the mailbox for none of its members. */
    GROUP_FULL_ACCESS
}
