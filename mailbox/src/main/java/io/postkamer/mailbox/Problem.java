package io.postkamer.mailbox;

/**
 * Why an operation was refused or failed. Each constant has a text in English and Dutch in the
 * cards' message bundles ({@code problem.<constant name>}), so a person reads what to do next.
 */
public enum Problem {
    MAILBOX_NOT_FOUND,
    PERSON_NOT_FOUND,
    GROUP_NOT_FOUND,
    ADDRESS_TAKEN,
    DOMAIN_NOT_ACCEPTED,
    ALIAS_INVALID,
    DISPLAY_NAME_INVALID,
    NOT_AUTHORISED,
    NOT_A_SHARED_MAILBOX,
    RIGHT_NOT_HELD,
    NOT_A_MEMBER,
    NOT_YOUR_FLOW,
    NOT_VISIBLE,
    HYBRID_ORGANISATION,
    MAILBOX_NOT_READY,
    ALREADY_SHARED,
    NOT_A_USER_MAILBOX,
    LICENCE_STILL_NEEDED,
    LICENCE_ASSIGNED_BY_GROUP,
    LICENCE_NOT_ASSIGNED,
    /** A fix of the health report pressed for what the report does not find (any more): nothing is changed. */
    NO_SUCH_FINDING,
    EVENT_INVALID,
    /** An automatic reply switched on without words, or with more than Exchange takes. */
    AUTOMATIC_REPLY_INVALID,
    PAGE_EXPIRED,
    PERSONAL_CHAT_UNAVAILABLE,
    NOT_A_REVIEWER,
    REVIEW_CLOSED,
    REVIEW_NOT_FOUND,
    /** An administrator asked to offboard their own mailbox: it would block their own sign-in. */
    OFFBOARD_SELF,
    /**
     * Where a person belongs (the manager who gets a mailbox, the people access is copied between): a group, a shared
     * mailbox's account, or the very person concerned.
     */
    NOT_A_PERSON,
    OFFBOARDING_NOT_FOUND,
    /** A group that is not a mail-enabled security group, named where a trustee belongs: Exchange gives it no rights. */
    GROUP_CANNOT_HOLD_RIGHTS,
    /** Automapping switched for a group: Exchange automaps on a member's own mailbox, never through a group. */
    NO_AUTOMAPPING_FOR_GROUPS,
    /** A press of a copy's card that this bot did not show as it is pressed: nothing is changed. */
    COPY_NOT_CURRENT,
    THROTTLED,
    REMOTE_FAILURE
}
