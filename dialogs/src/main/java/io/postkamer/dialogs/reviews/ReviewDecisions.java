package io.postkamer.dialogs.reviews;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.requests.RequestRecorder;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Problem;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A reviewer's presses on a mailbox's card: keep or remove one right, keep every right not decided, or done (which
 * applies the decisions now). Everything is read from the store, never from the card: the item, its mailbox, its
 * review and whether the presser reviews that mailbox. A refusal changes nothing and is audited.
 */
final class ReviewDecisions {
    /** What a press is about, as the store has it, once it is allowed. */
    private record Target(AccessReview review, ReviewedMailbox mailbox) {}

    private final MailboxCalls calls;
    private final ReviewStore store;
    private final ReviewViews views;
    private final ReviewApply apply;
    private final RequestRecorder recorder;
    private final Clock clock;
    private final String instance;

    ReviewDecisions(
            MailboxCalls calls,
            ReviewStore store,
            ReviewViews views,
            ReviewApply apply,
            RequestRecorder recorder,
            Clock clock,
            String instance) {
        this.calls = calls;
        this.store = store;
        this.views = views;
        this.apply = apply;
        this.recorder = recorder;
        this.clock = clock;
        this.instance = instance;
    }

    CompletableFuture<Void> show(TurnContext turn, Texts texts, String actor, long reviewId, String mailboxId) {
        return answer(turn, texts, calls.store(service -> allowed(actor, reviewId, mailboxId, "show access review")));
    }

    CompletableFuture<Void> decide(TurnContext turn, Texts texts, String actor, long itemId, String decision) {
        return answer(turn, texts, calls.store(service -> {
            Optional<ReviewItem> found = store.item(itemId);
            if (found.isEmpty()) {
                throw refuse(
                        actor,
                        Audited.on(AuditEntry.Target.NONE, "review " + decision, "", ""),
                        Problem.REVIEW_NOT_FOUND,
                        "item " + itemId);
            }
            ReviewItem item = found.get();
            Optional<ReviewItem.Decision> chosen = decisionOf(decision);
            String action = "review "
                    + chosen.map(d -> d.name().toLowerCase(Locale.ROOT)).orElse(decision);
            Target target = allowed(actor, item.reviewId(), item.mailboxId(), action);
            AuditEntry.Target member = new AuditEntry.Target(
                    item.memberId(), item.memberName(), target.mailbox().address());
            String held = item.memberName() + " " + item.right();
            if (chosen.isEmpty() || chosen.get() == ReviewItem.Decision.UNDECIDED) {
                throw refuse(actor, Audited.on(member, action, held, ""), Problem.REVIEW_NOT_FOUND, decision);
            }
            if (!store.decide(item.id(), chosen.get(), actor, clock.instant())) {
                throw refuse(
                        actor,
                        Audited.on(member, action, held, ""),
                        Problem.REVIEW_CLOSED,
                        target.mailbox().mailboxName());
            }
            record(actor, member, action, held);
            return target;
        }));
    }

    CompletableFuture<Void> keepAll(TurnContext turn, Texts texts, String actor, long reviewId, String mailboxId) {
        return answer(turn, texts, calls.store(service -> {
            Target target = allowed(actor, reviewId, mailboxId, "review keep");
            for (ReviewItem item : store.items(reviewId, target.mailbox().mailboxId())) {
                if (item.decision() == ReviewItem.Decision.UNDECIDED
                        && store.decide(item.id(), ReviewItem.Decision.KEEP, actor, clock.instant())) {
                    record(
                            actor,
                            new AuditEntry.Target(
                                    item.memberId(),
                                    item.memberName(),
                                    target.mailbox().address()),
                            "review keep",
                            item.memberName() + " " + item.right());
                }
            }
            return target;
        }));
    }

    CompletableFuture<Void> complete(TurnContext turn, Texts texts, String actor, long reviewId, String mailboxId) {
        return answer(turn, texts, calls.store(service -> {
            Target target = allowed(actor, reviewId, mailboxId, "complete access review");
            if (store.complete(reviewId, target.mailbox().mailboxId(), actor, clock.instant())) {
                record(actor, mailboxTarget(target.mailbox()), "complete access review", "");
                apply.apply(target.review(), store.mailbox(reviewId, mailboxId).orElseThrow(), instance);
            }
            return target;
        }));
    }

    /** The review and mailbox the press is about, if the presser reviews it and the review is open; else refused. */
    private Target allowed(String actor, long reviewId, String mailboxId, String action) {
        Optional<AccessReview> review = store.find(reviewId);
        Optional<ReviewedMailbox> mailbox = review.flatMap(r -> store.mailbox(r.id(), mailboxId));
        Audited pressed = Audited.on(
                mailbox.map(ReviewDecisions::mailboxTarget).orElse(new AuditEntry.Target(mailboxId, mailboxId, "")),
                action,
                "",
                "");
        if (mailbox.isEmpty()) {
            throw refuse(actor, pressed, Problem.REVIEW_NOT_FOUND, "#" + reviewId);
        }
        if (!mailbox.get().isReviewer(actor)) {
            throw refuse(actor, pressed, Problem.NOT_A_REVIEWER, mailbox.get().mailboxName());
        }
        return new Target(review.get(), mailbox.get());
    }

    private MailboxException refuse(String actor, Audited what, Problem problem, String argument) {
        MailboxException refusal = new MailboxException.OutOfScope(problem, argument);
        calls.refused(actor, what, refusal).join();
        return refusal;
    }

    private void record(String actor, AuditEntry.Target target, String action, String after) {
        recorder.record(actor, action, target, AuditEntry.Outcome.DONE, "", "", after);
    }

    private static AuditEntry.Target mailboxTarget(ReviewedMailbox mailbox) {
        return AuditEntry.Target.mailbox(mailbox.mailboxId(), mailbox.mailboxName(), mailbox.address());
    }

    private static Optional<ReviewItem.Decision> decisionOf(String text) {
        try {
            return Optional.of(ReviewItem.Decision.valueOf(text));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    /** The card as it is now, in place of the one pressed; a refusal as a short message that changes nothing. */
    private CompletableFuture<Void> answer(TurnContext turn, Texts texts, CompletableFuture<Attempt<Target>> done) {
        return done.thenCompose(target -> {
            if (target.isFailure()) {
                return CardReplies.say(turn, Message.of(target.problem()).in(texts));
            }
            AccessReview review = store.find(target.get().review().id()).orElseThrow();
            ReviewedMailbox mailbox = store.mailbox(
                            review.id(), target.get().mailbox().mailboxId())
                    .orElseThrow();
            return CardReplies.show(turn, views.card(texts, review, mailbox, Optional.empty()), Optional.empty())
                    .thenApply(shown -> null);
        });
    }
}
