package io.postkamer.mailbox;

import java.time.OffsetDateTime;
import java.util.Objects;

/** An appointment in a shared mailbox's calendar. */
public record CalendarEvent(String id, String subject, OffsetDateTime start, OffsetDateTime end, String location) {
    /** Outlook keeps a subject of at most 255 characters; a location is held to the same. */
    public static final int MAX_TEXT_LENGTH = 255;

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    public CalendarEvent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        location = location == null ? "" : location;
    }

    /**
     * A subject or location the service sends on: at most {@value #MAX_TEXT_LENGTH} characters after
     * trimming, with no control or invisible formatting characters (a right-to-left override makes a
     * subject read as another) other than the zero-width joiners that emoji and some scripts are
     * written with. Anything else is plain text, stored and shown as typed; blank is allowed here, a
     * subject must also not be blank.
     */
    public static boolean isValidText(String text) {
        if (text == null) {
            return true;
        }
        String stripped = text.strip();
        return stripped.length() <= MAX_TEXT_LENGTH
                && stripped.codePoints()
                        .noneMatch(c -> Character.isISOControl(c)
                                || (Character.getType(c) == Character.FORMAT
                                        && c != ZERO_WIDTH_NON_JOINER
                                        && c != ZERO_WIDTH_JOINER));
    }

    /** What a new appointment needs before anything is sent: a subject, valid texts, an end after the start. */
    public static void requireValidNew(String subject, OffsetDateTime start, OffsetDateTime end, String location) {
        if (subject == null || subject.isBlank() || !isValidText(subject)) {
            throw new MailboxException.InvalidInput(Problem.EVENT_INVALID, "subject");
        }
        if (!isValidText(location)) {
            throw new MailboxException.InvalidInput(Problem.EVENT_INVALID, "location");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new MailboxException.InvalidInput(Problem.EVENT_INVALID, "end");
        }
    }
}
