package io.postkamer.mailbox.m365;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user account's mailbox is for, as Graph's {@code mailboxSettings/userPurpose} tells. In Entra ID every
 * shared, room and equipment mailbox has a user account of its own; only this tells them from people.
 */
enum MailboxPurpose {
    USER,
    LINKED,
    SHARED,
    ROOM,
    EQUIPMENT,
    /** A mailbox for something else, or a value Graph added after this was written. */
    OTHERS,
    /** Graph finds no mailbox: an account without an Exchange licence, or one Exchange has not made yet. */
    NO_MAILBOX;

    /** Graph's answer: empty when the account has no mailbox. */
    static MailboxPurpose of(Optional<String> userPurpose) {
        if (userPurpose.isEmpty()) {
            return NO_MAILBOX;
        }
        return switch (userPurpose.get().toLowerCase(Locale.ROOT)) {
            case "user" -> USER;
            case "linked" -> LINKED;
            case "shared" -> SHARED;
            case "room" -> ROOM;
            case "equipment" -> EQUIPMENT;
            default -> OTHERS;
        };
    }

    /** Whether the account may be a person's: everything but a shared, room or equipment mailbox's. */
    boolean mayBePerson() {
        return this != SHARED && this != ROOM && this != EQUIPMENT;
    }
}
