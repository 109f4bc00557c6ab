package io.postkamer.dialogs.reviews.memory;

import io.postkamer.dialogs.reviews.AccessReview;
import io.postkamer.dialogs.reviews.ReviewItem;
import io.postkamer.dialogs.reviews.ReviewStore;
import io.postkamer.dialogs.reviews.ReviewedMailbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Access reviews of one instance, in memory: for tests and the demo without a database. */
public final class MemoryReviewStore implements ReviewStore {
    private record Claim(String claimant, Instant at) {}

    private final Map<Long, AccessReview> reviews = new LinkedHashMap<>();
    private final Map<String, ReviewedMailbox> mailboxes = new LinkedHashMap<>();
    private final Map<Long, ReviewItem> items = new LinkedHashMap<>();
    private final Map<Long, Claim> claims = new HashMap<>();
    private final Map<Long, Claim> preparations = new HashMap<>();
    private long nextReview = 1;
    private long nextItem = 1;

    private static String key(long reviewId, String mailboxId) {
        return reviewId + "|" + mailboxId.toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized Optional<AccessReview> start(NewReview review) {
        if (review.scheduleKey().isPresent()
                && reviews.values().stream().anyMatch(r -> r.scheduleKey().equals(review.scheduleKey()))) {
            return Optional.empty();
        }
        AccessReview started = new AccessReview(
                nextReview++,
                review.mailboxId(),
                review.scopeName(),
                review.startedBy(),
                review.startedByName(),
                review.startedAt(),
                review.deadline(),
                review.undecided(),
                AccessReview.State.PREPARING,
                review.scheduleKey(),
                Optional.empty(),
                Optional.empty());
        reviews.put(started.id(), started);
        return Optional.of(started);
    }

    @Override
    public synchronized Optional<AccessReview> find(long id) {
        return Optional.ofNullable(reviews.get(id));
    }

    @Override
    public synchronized List<AccessReview> recent(int limit) {
        return reviews.values().stream()
                .sorted(Comparator.comparingLong(AccessReview::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<AccessReview> inState(AccessReview.State state) {
        return reviews.values().stream().filter(r -> r.state() == state).toList();
    }

    @Override
    public synchronized boolean claimPreparation(long reviewId, String claimant, Instant now, Duration lease) {
        AccessReview review = reviews.get(reviewId);
        if (review == null || review.state() != AccessReview.State.PREPARING) {
            return false;
        }
        Claim held = preparations.get(reviewId);
        if (held != null
                && !held.claimant().equals(claimant)
                && held.at().plus(lease).isAfter(now)) {
            return false;
        }
        preparations.put(reviewId, new Claim(claimant, now));
        return true;
    }

    @Override
    public synchronized void addMailbox(ReviewedMailbox mailbox, List<NewItem> rights) {
        String key = key(mailbox.reviewId(), mailbox.mailboxId());
        if (mailboxes.containsKey(key)) {
            return;
        }
        mailboxes.put(key, mailbox);
        for (NewItem right : rights) {
            long id = nextItem++;
            items.put(
                    id,
                    new ReviewItem(
                            id,
                            mailbox.reviewId(),
                            mailbox.mailboxId(),
                            right.memberId(),
                            right.memberName(),
                            right.right(),
                            right.grantedAt(),
                            right.grantedBy(),
                            right.lastSignIn(),
                            ReviewItem.Decision.UNDECIDED,
                            Optional.empty(),
                            Optional.empty(),
                            ReviewItem.Outcome.OPEN,
                            "",
                            false));
        }
    }

    @Override
    public synchronized boolean open(long reviewId) {
        return move(reviewId, AccessReview.State.PREPARING, AccessReview.State.OPEN, Optional.empty());
    }

    @Override
    public synchronized List<ReviewedMailbox> mailboxes(long reviewId) {
        return mailboxes.values().stream().filter(m -> m.reviewId() == reviewId).toList();
    }

    @Override
    public synchronized Optional<ReviewedMailbox> mailbox(long reviewId, String mailboxId) {
        return Optional.ofNullable(mailboxes.get(key(reviewId, mailboxId)));
    }

    @Override
    public synchronized List<ReviewItem> items(long reviewId) {
        return items.values().stream().filter(i -> i.reviewId() == reviewId).toList();
    }

    @Override
    public synchronized List<ReviewItem> items(long reviewId, String mailboxId) {
        return items.values().stream()
                .filter(i -> i.reviewId() == reviewId && i.mailboxId().equalsIgnoreCase(mailboxId))
                .toList();
    }

    @Override
    public synchronized Optional<ReviewItem> item(long itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    @Override
    public synchronized boolean decide(long itemId, ReviewItem.Decision decision, String by, Instant at) {
        ReviewItem item = items.get(itemId);
        if (item == null || item.outcome() != ReviewItem.Outcome.OPEN) {
            return false;
        }
        AccessReview review = reviews.get(item.reviewId());
        ReviewedMailbox mailbox = mailboxes.get(key(item.reviewId(), item.mailboxId()));
        if (review == null || !review.isOpen() || mailbox == null || !mailbox.isOpen()) {
            return false;
        }
        items.put(
                itemId,
                new ReviewItem(
                        item.id(),
                        item.reviewId(),
                        item.mailboxId(),
                        item.memberId(),
                        item.memberName(),
                        item.right(),
                        item.grantedAt(),
                        item.grantedBy(),
                        item.lastSignIn(),
                        decision,
                        Optional.of(by),
                        Optional.of(at),
                        item.outcome(),
                        item.detail(),
                        item.noticed()));
        return true;
    }

    @Override
    public synchronized boolean complete(long reviewId, String mailboxId, String by, Instant at) {
        ReviewedMailbox mailbox = mailboxes.get(key(reviewId, mailboxId));
        if (mailbox == null || !mailbox.isOpen()) {
            return false;
        }
        mailboxes.put(key(reviewId, mailboxId), marked(mailbox, Optional.of(by), Optional.of(at), mailbox.appliedAt()));
        return true;
    }

    @Override
    public synchronized boolean claim(long itemId, String claimant, Instant now, Duration lease) {
        ReviewItem item = items.get(itemId);
        if (item == null || item.isSettled()) {
            return false;
        }
        Claim held = claims.get(itemId);
        if (item.outcome() == ReviewItem.Outcome.APPLYING
                && held != null
                && held.at().plus(lease).isAfter(now)) {
            return false;
        }
        claims.put(itemId, new Claim(claimant, now));
        items.put(itemId, with(item, ReviewItem.Outcome.APPLYING, item.detail(), item.noticed()));
        return true;
    }

    @Override
    public synchronized void settle(long itemId, ReviewItem.Outcome outcome, String detail) {
        ReviewItem item = items.get(itemId);
        if (item != null && !item.isSettled()) {
            items.put(itemId, with(item, outcome, detail, item.noticed()));
        }
    }

    @Override
    public synchronized boolean markNoticed(long itemId) {
        ReviewItem item = items.get(itemId);
        if (item == null || item.noticed()) {
            return false;
        }
        items.put(itemId, with(item, item.outcome(), item.detail(), true));
        return true;
    }

    @Override
    public synchronized boolean markApplied(long reviewId, String mailboxId, Instant at) {
        ReviewedMailbox mailbox = mailboxes.get(key(reviewId, mailboxId));
        if (mailbox == null || mailbox.appliedAt().isPresent()) {
            return false;
        }
        mailboxes.put(
                key(reviewId, mailboxId),
                marked(mailbox, mailbox.completedBy(), mailbox.completedAt(), Optional.of(at)));
        return true;
    }

    @Override
    public synchronized boolean markReminded(long reviewId, Instant at) {
        AccessReview review = reviews.get(reviewId);
        if (review == null || review.remindedAt().isPresent()) {
            return false;
        }
        reviews.put(reviewId, copy(review, review.state(), Optional.of(at), review.finishedAt()));
        return true;
    }

    @Override
    public synchronized boolean finish(long reviewId, Instant at) {
        return move(reviewId, AccessReview.State.OPEN, AccessReview.State.FINISHED, Optional.of(at));
    }

    private boolean move(long reviewId, AccessReview.State from, AccessReview.State to, Optional<Instant> finishedAt) {
        AccessReview review = reviews.get(reviewId);
        if (review == null || review.state() != from) {
            return false;
        }
        reviews.put(reviewId, copy(review, to, review.remindedAt(), finishedAt.or(review::finishedAt)));
        return true;
    }

    private static AccessReview copy(
            AccessReview r, AccessReview.State state, Optional<Instant> remindedAt, Optional<Instant> finishedAt) {
        return new AccessReview(
                r.id(),
                r.mailboxId(),
                r.scopeName(),
                r.startedBy(),
                r.startedByName(),
                r.startedAt(),
                r.deadline(),
                r.undecided(),
                state,
                r.scheduleKey(),
                remindedAt,
                finishedAt);
    }

    private static ReviewedMailbox marked(
            ReviewedMailbox m,
            Optional<String> completedBy,
            Optional<Instant> completedAt,
            Optional<Instant> appliedAt) {
        return new ReviewedMailbox(
                m.reviewId(),
                m.mailboxId(),
                m.mailboxName(),
                m.address(),
                m.reviewerIds(),
                completedBy,
                completedAt,
                appliedAt);
    }

    private static ReviewItem with(ReviewItem i, ReviewItem.Outcome outcome, String detail, boolean noticed) {
        return new ReviewItem(
                i.id(),
                i.reviewId(),
                i.mailboxId(),
                i.memberId(),
                i.memberName(),
                i.right(),
                i.grantedAt(),
                i.grantedBy(),
                i.lastSignIn(),
                i.decision(),
                i.decidedBy(),
                i.decidedAt(),
                outcome,
                detail,
                noticed);
    }
}
