package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The calendars of the demo tenant's mailboxes: an appointment added once, however often it is sent. */
final class SharedCalendars {
    private SharedCalendars() {}

    /** An appointment, and whether this call made it (false: an earlier, identical call had). */
    record EventAdded(CalendarEvent event, boolean made) {}

    /** Adds a valid appointment ({@link CalendarEvent#requireValidNew} was asked first). */
    static EventAdded add(
            MailboxState m,
            String subject,
            OffsetDateTime start,
            OffsetDateTime end,
            String location,
            Consumer<String> logWrite) {
        String place = location == null ? "" : location.strip();
        // The real client sends a transactionId, so a retried request finds the event it made before.
        Optional<CalendarEvent> earlier = m.events.stream()
                .filter(e -> e.subject().equals(subject.strip())
                        && e.start().isEqual(start)
                        && e.end().isEqual(end)
                        && e.location().equals(place))
                .findFirst();
        if (earlier.isPresent()) {
            return new EventAdded(earlier.get(), false);
        }
        CalendarEvent event = new CalendarEvent(UUID.randomUUID().toString(), subject.strip(), start, end, place);
        m.events.add(event);
        logWrite.accept("add event " + m.alias + " \"" + event.subject() + "\"");
        return new EventAdded(event, true);
    }

    static List<CalendarEvent> upcoming(MailboxState m, OffsetDateTime from, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return m.events.stream()
                .filter(e -> e.end().isAfter(from))
                .sorted(Comparator.comparing(CalendarEvent::start, OffsetDateTime.timeLineOrder())
                        .thenComparing(CalendarEvent::subject))
                .limit(limit)
                .toList();
    }
}
