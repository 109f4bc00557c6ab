package io.postkamer.mailbox;

import java.time.OffsetDateTime;
import java.util.Objects;

/** An appointment in a shared mailbox's calendar. */
public record CalendarEvent(String id, String subject, OffsetDateTime start, OffsetDateTime end, String location) {
    public CalendarEvent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        location = location == null ? "" : location;
    }
}
