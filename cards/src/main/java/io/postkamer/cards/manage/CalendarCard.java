package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.cards.manage.MailboxOverviewCard.Notice;
import io.postkamer.mailbox.CalendarEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A shared mailbox's calendar: the coming appointments, in the reader's time zone, and a form to add
 * one (a client visit, a meeting), so the team uses it as the one place for its appointments.
 */
public final class CalendarCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-calendar");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    record Line(String text) {}

    /**
     * What the form shows: a new appointment at nine on the day, or, when adding one did not work,
     * what was entered, so that it need not be typed again.
     */
    public record Form(String subject, String date, String start, String end, String location) {
        private static final int LONGEST = CalendarEvent.MAX_TEXT_LENGTH;

        public Form {
            subject = shortened(subject);
            date = shortened(date);
            start = shortened(start);
            end = shortened(end);
            location = shortened(location);
        }

        public static Form blank(LocalDate day) {
            return new Form("", day.toString(), "09:00", "10:00", "");
        }

        /** The form's inputs are at most 255 characters: more is not shown back. */
        private static String shortened(String value) {
            String text = value == null ? "" : value;
            return text.length() <= LONGEST ? text : text.substring(0, LONGEST);
        }
    }

    record Data(
            String id,
            String title,
            boolean hasEvents,
            List<Line> events,
            Form form,
            boolean hasNotice,
            String notice,
            String noticeColor) {}

    private CalendarCard() {}

    public static AdaptiveCard render(
            Texts texts,
            String mailboxId,
            String mailboxName,
            List<CalendarEvent> events,
            ZoneId zone,
            Form form,
            Optional<Notice> notice) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", texts.locale());
        List<Line> lines = events.stream()
                .map(event -> {
                    var start = event.start().atZoneSameInstant(zone);
                    var end = event.end().atZoneSameInstant(zone);
                    return new Line(
                            event.location().isBlank()
                                    ? texts.get(
                                            "manage.calendar.event",
                                            day.format(start),
                                            TIME.format(start),
                                            TIME.format(end),
                                            event.subject())
                                    : texts.get(
                                            "manage.calendar.eventAt",
                                            day.format(start),
                                            TIME.format(start),
                                            TIME.format(end),
                                            event.subject(),
                                            event.location()));
                })
                .toList();
        return TEMPLATE.bind(
                new Data(
                        mailboxId,
                        texts.get("manage.calendar.title", mailboxName),
                        !lines.isEmpty(),
                        lines,
                        form,
                        notice.isPresent(),
                        notice.map(Notice::text).orElse(""),
                        notice.map(n -> n.refusal() ? "Attention" : "Good").orElse("Default")),
                texts);
    }
}
