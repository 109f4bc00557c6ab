package io.postkamer.dialogs.reviews;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.reviews.ReviewStartCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAdministrators;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * An administrator starts a review: first the question (its deadline, what happens to rights nobody decides on),
 * then the review itself, prepared right after the turn. Only administrators; the mailbox named must be shared.
 */
final class ReviewStarts {
    private final MailboxCalls calls;
    private final Reviews reviews;
    private final Clock clock;
    private final Consumer<AccessReview> prepare;

    /** @param prepare reads the review's mailboxes and sends the cards, after the turn */
    ReviewStarts(MailboxCalls calls, Reviews reviews, Clock clock, Consumer<AccessReview> prepare) {
        this.calls = calls;
        this.reviews = reviews;
        this.clock = clock;
        this.prepare = prepare;
    }

    /** The question before a review of one mailbox ({@code named}) or of all (empty). */
    CompletableFuture<Void> ask(TurnContext turn, Texts texts, String actor, Optional<String> named) {
        return calls.read(service -> {
                    if (!new MailboxAdministrators(service).isAdministrator(actor)) {
                        throw new MailboxException.NotAuthorised(actor);
                    }
                    return named.map(text -> calls.finder()
                            .shared(service, text)
                            .orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, text)));
                })
                .thenCompose(found -> {
                    if (found.isFailure()) {
                        return CardReplies.say(turn, notAllowed(texts, found.problem()));
                    }
                    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
                    String title = found.get()
                            .map(box -> texts.get("review.start.titleOne", box.displayName()))
                            .orElseGet(() -> texts.get("review.start.titleAll"));
                    LocalDate proposed =
                            today.plusDays(reviews.settings().deadline().toDays());
                    return CardReplies.show(
                                    turn,
                                    ReviewStartCard.render(
                                            texts,
                                            title,
                                            found.get().map(Mailbox::id).orElse(""),
                                            proposed,
                                            today.plusDays(1)),
                                    Optional.empty())
                            .thenApply(shown -> null);
                });
    }

    CompletableFuture<Void> start(TurnContext turn, Texts texts, String actor, UserInput input) {
        String mailboxId = input.input("mailbox").strip();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<LocalDate> deadline =
                dateIn(input.input("deadline")).filter(day -> day.isAfter(today) && !day.isAfter(today.plusYears(1)));
        if (deadline.isEmpty()) {
            return CardReplies.say(turn, texts.get("review.start.badDeadline"));
        }
        AccessReview.Undecided undecided =
                input.input("undecided").equals("REMOVE") ? AccessReview.Undecided.REMOVE : AccessReview.Undecided.KEEP;
        // The deadline day is the reviewers' to the end: decisions are applied when it is over (UTC).
        Instant ends = deadline.get().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Audited pressed = Audited.on(
                mailboxId.isEmpty()
                        ? new AuditEntry.Target("", "", "")
                        : new AuditEntry.Target(mailboxId, mailboxId, ""),
                "start access review",
                "",
                "");
        return calls.checkedChange(actor, pressed, service -> {
                    Optional<Mailbox> box = mailboxId.isEmpty()
                            ? Optional.empty()
                            : Optional.of(service.mailbox(mailboxId)
                                    .filter(Mailbox::isShared)
                                    .orElseThrow(() ->
                                            new MailboxException.OutOfScope(Problem.NOT_A_SHARED_MAILBOX, mailboxId)));
                    String scope = box.map(Mailbox::displayName).orElse("");
                    AuditEntry.Target target = box.map(
                                    b -> AuditEntry.Target.mailbox(b.id(), b.displayName(), b.primarySmtpAddress()))
                            .orElse(new AuditEntry.Target("", "", ""));
                    return new MailboxCalls.Checked<>(
                            Audited.on(target, "start access review", "", "until " + deadline.get()),
                            () -> reviews.store()
                                    .start(new ReviewStore.NewReview(
                                            box.map(Mailbox::id),
                                            scope,
                                            actor,
                                            calls.names().nameOf(actor),
                                            clock.instant(),
                                            ends,
                                            undecided,
                                            Optional.empty()))
                                    .orElseThrow());
                })
                .thenCompose(started -> {
                    if (started.isFailure()) {
                        return CardReplies.say(turn, notAllowed(texts, started.problem()));
                    }
                    AccessReview review = started.get();
                    prepare.accept(review);
                    return CardReplies.say(
                            turn,
                            texts.get(
                                    "review.started",
                                    review.id(),
                                    ReviewViews.scope(texts, review),
                                    texts.date(deadline.get())));
                });
    }

    private static String notAllowed(Texts texts, MailboxException problem) {
        return problem instanceof MailboxException.NotAuthorised
                ? texts.get("review.refused.adminsOnly")
                : Message.of(problem).in(texts);
    }

    private static Optional<LocalDate> dateIn(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
