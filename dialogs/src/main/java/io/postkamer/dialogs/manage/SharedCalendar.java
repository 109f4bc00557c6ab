package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.manage.CalendarCard;
import io.postkamer.cards.manage.MailboxOverviewCard.Notice;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.ReaderZone;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAdministrators;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The calendar that comes with every shared mailbox: its coming appointments and a form to add one.
 * The team uses it, not only administrators: members with Full Access and administrators may read
 * and add. Times are read and shown in the time zone the Teams client reports.
 */
public final class SharedCalendar {
    private static final int COMING = 10;

    private final MailboxCalls calls;
    private final Clock clock;

    public SharedCalendar(MailboxCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    public CompletableFuture<Void> show(TurnContext turn, String mailbox, Optional<Notice> notice) {
        return show(turn, mailbox, notice, Optional.empty());
    }

    /** The calendar; {@code entered} fills the form again when adding an appointment did not work. */
    private CompletableFuture<Void> show(
            TurnContext turn, String mailbox, Optional<Notice> notice, Optional<CalendarCard.Form> entered) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        ZoneId zone = ReaderZone.of(turn);
        String reader = Actor.idOf(turn);
        return calls.read(service -> view(service, mailbox, reader)).thenCompose(found -> {
            if (found.isFailure()) {
                CompletableFuture<Void> audited = found.problem() instanceof MailboxException.OutOfScope
                        ? calls.refused(reader, Audited.of(mailbox, "read calendar", "", ""), found.problem())
                        : CompletableFuture.completedFuture(null);
                return audited.thenCompose(done ->
                        CardReplies.say(turn, Message.of(found.problem()).in(texts)));
            }
            View view = found.get();
            if (!view.allowed()) {
                return calls.refused(
                                reader,
                                Audited.on(MailboxScope.target(view.mailbox()), "read calendar", "", ""),
                                new MailboxException.NotAuthorised(reader))
                        .thenCompose(done -> CardReplies.say(turn, texts.get("manage.calendar.notMember")));
            }
            return CardReplies.show(
                            turn,
                            CalendarCard.render(
                                    texts,
                                    view.mailbox().id(),
                                    view.mailbox().displayName(),
                                    view.coming(),
                                    zone,
                                    entered.orElseGet(
                                            () -> CalendarCard.Form.blank(LocalDate.now(clock.withZone(zone)))),
                                    notice),
                            Optional.empty())
                    .thenApply(shown -> null);
        });
    }

    public CompletableFuture<Void> add(TurnContext turn, UserInput input) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        String mailbox = input.input("mailbox");
        Optional<Appointment> appointment = Appointment.read(input, ReaderZone.of(turn));
        CalendarCard.Form entered = new CalendarCard.Form(
                input.input("subject"),
                input.input("date"),
                input.input("start"),
                input.input("end"),
                input.input("location"));
        if (!CalendarEvent.isValidText(input.input("subject")) || !CalendarEvent.isValidText(input.input("location"))) {
            return show(
                    turn,
                    mailbox,
                    Optional.of(
                            new Notice(texts.get("manage.calendar.invalidText", CalendarEvent.MAX_TEXT_LENGTH), true)),
                    Optional.of(entered));
        }
        if (appointment.isEmpty()) {
            return show(
                    turn,
                    mailbox,
                    Optional.of(new Notice(texts.get("manage.calendar.invalid"), true)),
                    Optional.of(entered));
        }
        if (appointment.get().start().toInstant().isBefore(clock.instant())) {
            return show(
                    turn,
                    mailbox,
                    Optional.of(new Notice(texts.get("manage.calendar.inThePast"), true)),
                    Optional.of(entered));
        }
        String author = Actor.idOf(turn);
        Appointment wanted = appointment.get();
        return calls.memberChange(author, Audited.of(mailbox, "add appointment", "", wanted.subject()), service -> {
                    Mailbox box = MailboxScope.shared(service, mailbox);
                    Audited what = Audited.on(MailboxScope.target(box), "add appointment", "", wanted.subject());
                    if (!mayUse(service, box.id(), author)) {
                        throw new MailboxException.NotAuthorised(author);
                    }
                    return new MailboxCalls.Checked<>(
                            what,
                            () -> service.addEvent(
                                    box.id(), wanted.subject(), wanted.start(), wanted.end(), wanted.location()));
                })
                .thenCompose(added -> {
                    if (added.isFailure()
                            && (added.problem() instanceof MailboxException.OutOfScope
                                    || added.problem() instanceof MailboxException.NotAuthorised
                                    || added.problem() instanceof MailboxException.NotFound)) {
                        // Refused (and audited): the calendar is not shown to whom it was refused.
                        return CardReplies.say(
                                turn,
                                added.problem().problem() == Problem.NOT_AUTHORISED
                                        ? texts.get("manage.calendar.notMember")
                                        : Message.of(added.problem()).in(texts));
                    }
                    return added.isFailure()
                            ? show(
                                    turn,
                                    mailbox,
                                    Optional.of(new Notice(
                                            Message.of(added.problem()).in(texts), true)),
                                    Optional.of(entered))
                            : show(
                                    turn,
                                    mailbox,
                                    Optional.of(new Notice(
                                            texts.get(
                                                    "manage.calendar.added",
                                                    added.get().subject()),
                                            false)));
                });
    }

    private record View(Mailbox mailbox, boolean allowed, List<CalendarEvent> coming) {}

    /** The calendar of a shared mailbox only; asked about anything else, it refuses ({@link MailboxScope#shared}). */
    private View view(MailboxService service, String mailbox, String reader) {
        Mailbox found = MailboxScope.shared(service, mailbox);
        boolean allowed = mayUse(service, found.id(), reader);
        return new View(
                found,
                allowed,
                allowed ? service.upcomingEvents(found.id(), OffsetDateTime.now(clock), COMING) : List.of());
    }

    private static boolean mayUse(MailboxService service, String mailbox, String person) {
        return new MailboxAdministrators(service).isAdministrator(person)
                || service.delegates(mailbox).stream()
                        .anyMatch(grant -> grant.trusteeId().equals(person) && grant.right() == Right.FULL_ACCESS);
    }

    /** The IANA zone Teams sends with the activity; UTC when there is none or it is unknown. */
    /** The form's inputs, or nothing when they do not make an appointment (no subject, end not after start). */
    private record Appointment(String subject, OffsetDateTime start, OffsetDateTime end, String location) {
        static Optional<Appointment> read(UserInput input, ZoneId zone) {
            try {
                LocalDate date = LocalDate.parse(input.input("date"));
                OffsetDateTime start = date.atTime(LocalTime.parse(input.input("start")))
                        .atZone(zone)
                        .toOffsetDateTime();
                OffsetDateTime end = date.atTime(LocalTime.parse(input.input("end")))
                        .atZone(zone)
                        .toOffsetDateTime();
                String subject = input.input("subject");
                if (subject.isBlank() || !end.isAfter(start)) {
                    return Optional.empty();
                }
                return Optional.of(new Appointment(subject, start, end, input.input("location")));
            } catch (DateTimeException unreadable) {
                return Optional.empty();
            }
        }
    }
}
