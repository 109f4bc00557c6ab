package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.CalendarEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A shared mailbox's calendar, through Graph: an appointment added, the coming ones read. */
final class SharedCalendar {
    private static final Duration CALENDAR_WINDOW = Duration.ofDays(365);

    private final GraphClient graph;
    private final Resilience resilience;
    private final MailboxReads mailboxes;

    SharedCalendar(GraphClient graph, Resilience resilience, MailboxReads mailboxes) {
        this.graph = graph;
        this.resilience = resilience;
        this.mailboxes = mailboxes;
    }

    CalendarEvent addEvent(
            String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end, String location) {
        CalendarEvent.requireValidNew(subject, start, end, location);
        ExchangeMailbox m = mailboxes.require(mailboxId);
        String place = location == null ? "" : location.strip();
        String title = subject.strip();
        // The same request always carries the same transactionId, so Graph returns the event made the first time.
        String transactionId = UUID.nameUUIDFromBytes(String.join(
                                "\n",
                                m.id(),
                                title,
                                start.toInstant().toString(),
                                end.toInstant().toString(),
                                place)
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
        return resilience.run(
                m.primarySmtpAddress(),
                attempt -> GraphMapping.event(graph.createEvent(m.id(), title, start, end, place, transactionId)));
    }

    List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit) {
        ExchangeMailbox m = mailboxes.require(mailboxId);
        if (limit <= 0) {
            return List.of();
        }
        return resilience
                .run(m.primarySmtpAddress(), attempt -> graph.calendarView(m.id(), from, CALENDAR_WINDOW, limit))
                .stream()
                .map(GraphMapping::event)
                .sorted(Comparator.comparing(CalendarEvent::start, OffsetDateTime.timeLineOrder())
                        .thenComparing(CalendarEvent::subject))
                .limit(limit)
                .toList();
    }
}
