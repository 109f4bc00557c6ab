package io.postkamer.dialogs.reviews;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.DirectoryNames;
import io.postkamer.dialogs.common.SchedulePeriod;
import io.postkamer.dialogs.requests.RequestRecorder;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.MailboxService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What access reviews do on their own, run by the application's scheduler on every instance: prepare reviews just
 * started (or taken over from an instance that stopped), remind reviewers once before the deadline, apply every
 * mailbox's decisions when the deadline has passed and finish the review, and start the scheduled review of all
 * shared mailboxes once per period. Each step is a guarded change in the store, so it happens once across instances
 * and survives a restart. Blocking.
 */
public final class ReviewDeadlines {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewDeadlines.class);

    private final Requests requests;
    private final Reviews reviews;
    private final ReviewPreparation preparation;
    private final ReviewApply apply;
    private final ReviewViews views;
    private final ReviewNotices notices;
    private final RequestRecorder recorder;
    private final String instance;

    ReviewDeadlines(
            Requests requests,
            Reviews reviews,
            ReviewPreparation preparation,
            ReviewApply apply,
            ReviewViews views,
            ReviewNotices notices,
            RequestRecorder recorder,
            String instance) {
        this.requests = requests;
        this.reviews = reviews;
        this.preparation = preparation;
        this.apply = apply;
        this.views = views;
        this.notices = notices;
        this.recorder = recorder;
        this.instance = instance;
    }

    /**
     * The scheduler's view of the reviews: blocking, on the scheduler's own thread.
     *
     * @param instance this instance's name, so that its claims are told from another instance's
     */
    public static ReviewDeadlines of(
            MailboxService service, Requests requests, Reviews reviews, Executor calls, String instance) {
        return ReviewParts.of(service, requests, reviews, new DirectoryNames(service), calls, instance)
                .deadlines();
    }

    /** Everything due now; returns how many reviews this instance moved on. */
    public int runDue() {
        int moved = 0;
        startScheduled();
        for (AccessReview review : reviews.store().inState(AccessReview.State.PREPARING)) {
            moved += preparation.prepare(review, instance) ? 1 : 0;
        }
        Instant now = requests.clock().instant();
        for (AccessReview review : reviews.store().inState(AccessReview.State.OPEN)) {
            if (!now.isBefore(review.deadline())) {
                moved += close(review) ? 1 : 0;
            } else if (!now.isBefore(review.deadline().minus(reviews.settings().remindBefore()))) {
                remind(review, now);
            }
        }
        return moved;
    }

    /** Prepares one review right away (after the turn that started it), as the scheduler would. */
    void prepareNow(AccessReview review) {
        try {
            preparation.prepare(review, instance);
        } catch (RuntimeException failure) {
            // The scheduler takes it over after the lease: a review is never lost, only late.
            LOG.warn("Could not prepare access review #{} now", review.id(), failure);
        }
    }

    private boolean close(AccessReview review) {
        boolean all = true;
        // Applied mailboxes too: their notices may be untold, if an instance stopped right after marking them.
        for (ReviewedMailbox mailbox : reviews.store().mailboxes(review.id())) {
            all &= apply.apply(review, mailbox, instance);
        }
        if (all && reviews.store().finish(review.id(), requests.clock().instant())) {
            recorder.record(
                    "postkamer",
                    "finish access review",
                    scopeTarget(review),
                    AuditEntry.Outcome.DONE,
                    "access review #" + review.id());
            return true;
        }
        return false;
    }

    private void remind(AccessReview review, Instant now) {
        List<ReviewedMailbox> undecided = reviews.store().mailboxes(review.id()).stream()
                .filter(ReviewedMailbox::isOpen)
                .filter(mailbox -> reviews.store().items(review.id(), mailbox.mailboxId()).stream()
                        .anyMatch(item -> item.decision() == ReviewItem.Decision.UNDECIDED))
                .toList();
        if (undecided.isEmpty() || !reviews.store().markReminded(review.id(), now)) {
            return;
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (ReviewedMailbox mailbox : undecided) {
            for (String reviewer : mailbox.reviewerIds()) {
                sent.add(notices.send(
                        review,
                        mailbox,
                        reviewer,
                        "remind reviewer",
                        texts -> views.card(
                                texts, review, mailbox, Optional.of(texts.get("review.reminder.title", review.id())))));
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    /** The scheduled review of all shared mailboxes, once per period across instances (the period is its key). */
    private void startScheduled() {
        Optional<Period> every = reviews.settings().every();
        if (every.isEmpty()) {
            return;
        }
        Instant now = requests.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String key = SchedulePeriod.containing(every.get(), now).key();
        reviews.store()
                .start(new ReviewStore.NewReview(
                        Optional.empty(),
                        "",
                        "postkamer",
                        "Postkamer",
                        now,
                        today.plusDays(reviews.settings().deadline().toDays())
                                .plusDays(1)
                                .atStartOfDay()
                                .toInstant(ZoneOffset.UTC),
                        reviews.settings().undecided(),
                        Optional.of(key)))
                .ifPresent(started -> recorder.record(
                        "postkamer",
                        "start access review",
                        scopeTarget(started),
                        AuditEntry.Outcome.DONE,
                        "access review #" + started.id() + " (" + key + ")"));
    }

    private static AuditEntry.Target scopeTarget(AccessReview review) {
        return review.mailboxId()
                .map(id -> new AuditEntry.Target(id, review.scopeName(), ""))
                .orElse(new AuditEntry.Target("", "", ""));
    }
}
