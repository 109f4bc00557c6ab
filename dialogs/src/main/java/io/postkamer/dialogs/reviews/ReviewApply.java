package io.postkamer.dialogs.reviews;

import io.postkamer.cards.Texts;
import io.postkamer.cards.create.NoticeCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.requests.RequestRecorder;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Applies a mailbox's decisions, the same way whether a reviewer said they are done or the deadline passed: each
 * right to remove is claimed by one caller (across instances) and revoked once; a right kept is marked kept; rights
 * nobody decided on follow the review's setting. Each removal is in the audit, and each member who lost a right is
 * told once what they lost and how to ask again. A removal Exchange refused for a while stays claimed and is tried
 * again after the lease; the mailbox counts as applied only when every right is settled. The notices are sent by
 * whoever finds the mailbox settled, each member's claimed once: an instance that stops after marking the mailbox
 * applied leaves them to the next round.
 */
final class ReviewApply {
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MailboxService service;
    private final ReviewStore store;
    private final RequestRecorder recorder;
    private final ReviewNotices notices;
    private final Clock clock;

    ReviewApply(
            MailboxService service, ReviewStore store, RequestRecorder recorder, ReviewNotices notices, Clock clock) {
        this.service = service;
        this.store = store;
        this.recorder = recorder;
        this.notices = notices;
        this.clock = clock;
    }

    /** Blocking; returns whether every right of the mailbox is settled now. */
    boolean apply(AccessReview review, ReviewedMailbox mailbox, String claimant) {
        for (ReviewItem item : store.items(review.id(), mailbox.mailboxId())) {
            if (item.isSettled()) {
                continue;
            }
            if (item.effective(review.undecided()) == ReviewItem.Decision.KEEP) {
                store.settle(item.id(), ReviewItem.Outcome.KEPT, "");
            } else if (store.claim(item.id(), claimant, clock.instant(), LEASE)) {
                remove(review, mailbox, item);
            }
        }
        // Whoever finds every right settled (on any instance) marks the mailbox applied, once, and tells its members
        // what is still untold: one notice per member for all they lost here, however the removals were shared out.
        boolean settled = store.items(review.id(), mailbox.mailboxId()).stream().allMatch(ReviewItem::isSettled);
        if (settled) {
            store.markApplied(review.id(), mailbox.mailboxId(), clock.instant());
            tellMembers(review, mailbox);
        }
        return settled;
    }

    private void remove(AccessReview review, ReviewedMailbox mailbox, ReviewItem item) {
        AuditEntry.Target target = new AuditEntry.Target(item.memberId(), item.memberName(), mailbox.address());
        String held = item.memberName() + " " + item.right();
        try {
            Change change = service.revoke(mailbox.mailboxId(), item.memberId(), item.right());
            recorder.record(
                    "postkamer",
                    "revoke " + item.right(),
                    target,
                    change == Change.ALREADY_SO ? AuditEntry.Outcome.ALREADY_SO : AuditEntry.Outcome.DONE,
                    "access review #" + review.id(),
                    held,
                    "");
            store.settle(item.id(), ReviewItem.Outcome.REMOVED, change.name());
        } catch (MailboxException failure) {
            recorder.record(
                    "postkamer",
                    "revoke " + item.right(),
                    target,
                    AuditEntry.Outcome.FAILED,
                    "access review #" + review.id() + ": " + Message.of(failure).in(Texts.forLocale("en")),
                    held,
                    held);
            // Exchange refused for a while: the claim runs out and the next round tries again.
            if (!failure.isTransient()) {
                store.settle(
                        item.id(),
                        ReviewItem.Outcome.FAILED,
                        Message.of(failure).in(Texts.forLocale("en")));
            }
        }
    }

    /** One notice per member for what they lost on this mailbox, each right told once whoever applies it. */
    private void tellMembers(AccessReview review, ReviewedMailbox mailbox) {
        Map<String, List<ReviewItem>> lost = new LinkedHashMap<>();
        for (ReviewItem item : store.items(review.id(), mailbox.mailboxId())) {
            if (item.outcome() == ReviewItem.Outcome.REMOVED
                    && Change.MADE.name().equals(item.detail())
                    && store.markNoticed(item.id())) {
                lost.computeIfAbsent(item.memberId(), id -> new ArrayList<>()).add(item);
            }
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        lost.forEach((member, items) -> sent.add(notices.send(
                review,
                mailbox,
                member,
                "notify member of removal",
                texts -> NoticeCard.render(
                        texts,
                        NoticeCard.Tone.WARNING,
                        texts.get("review.notice.removedTitle", mailbox.mailboxName()),
                        List.of(texts.get(
                                "review.notice.removed",
                                mailbox.mailboxName(),
                                items.stream()
                                        .map(item -> texts.get("right." + item.right() + ".name"))
                                        .collect(Collectors.joining(", "))))))));
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }
}
