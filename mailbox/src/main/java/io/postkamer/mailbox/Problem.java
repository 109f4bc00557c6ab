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
    PAGE_EXPIRED,
    PERSONAL_CHAT_UNAVAILABLE,
    NOT_A_REVIEWER,
    REVIEW_CLOSED,
    REVIEW_NOT_FOUND,
    /** A group, a shared mailbox's account or anything else where a person belongs (copying access). */
    NOT_A_PERSON,
    /** A press of a copy's card that this bot did not show as it is pressed: nothing is changed. */
    COPY_NOT_CURRENT,
    THROTTLED,
    REMOTE_FAILURE
}
