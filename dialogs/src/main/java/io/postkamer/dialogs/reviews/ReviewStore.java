package io.postkamer.dialogs.reviews;

import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Access reviews where every instance sees them. Every change that must happen once is a guarded change in the
 * store (a decision only while its mailbox is open, a removal claimed by one caller, a reminder marked once), so
 * two instances, or a restart half-way, never do a thing twice.
 */
public interface ReviewStore {
    /** What an administrator or the schedule asks for. */
    record NewReview(
            Optional<String> mailboxId,
            String scopeName,
            String startedBy,
            String startedByName,
            Instant startedAt,
            Instant deadline,
            AccessReview.Undecided undecided,
            Optional<String> scheduleKey) {}

    /** One right to review, as read from Exchange when the review was prepared. */
    record NewItem(
            String memberId,
            String memberName,
            Right right,
            Optional<Instant> grantedAt,
            Optional<String> grantedBy,
            Optional<Instant> lastSignIn) {}

    /** Starts a review; a scheduled one whose period already has a review is not started again (empty). */
    Optional<AccessReview> start(NewReview review);

    Optional<AccessReview> find(long id);

    /** The latest reviews first, at most {@code limit}. */
    List<AccessReview> recent(int limit);

    List<AccessReview> inState(AccessReview.State state);

    /** Hands a review's preparation to this caller, unless another one has it within the lease. */
    boolean claimPreparation(long reviewId, String claimant, Instant now, Duration lease);

    /**
     * Adds a mailbox and its rights to a review being prepared; a mailbox already added is left as it is (a
     * preparation taken over after a restart adds only what is missing).
     */
    void addMailbox(ReviewedMailbox mailbox, List<NewItem> items);

    /** PREPARING to OPEN, once. */
    boolean open(long reviewId);

    List<ReviewedMailbox> mailboxes(long reviewId);

    Optional<ReviewedMailbox> mailbox(long reviewId, String mailboxId);

    List<ReviewItem> items(long reviewId);

    List<ReviewItem> items(long reviewId, String mailboxId);

    Optional<ReviewItem> item(long itemId);

    /** Records a decision while the review is open and its mailbox not completed; false otherwise. */
    boolean decide(long itemId, ReviewItem.Decision decision, String by, Instant at);

    /** Marks a mailbox's review complete, once. */
    boolean complete(long reviewId, String mailboxId, String by, Instant at);

    /**
     * Hands the item's removal to this caller: an open item, or one another caller claimed longer ago than the
     * lease (it stopped half-way). False when someone else has it or it is settled.
     */
    boolean claim(long itemId, String claimant, Instant now, Duration lease);

    /** What came of it; only the claimant of an item being applied, or anyone for an open item kept. */
    void settle(long itemId, ReviewItem.Outcome outcome, String detail);

    /** Marks the member told of a removal, once. */
    boolean markNoticed(long itemId);

    /** Marks a mailbox's decisions applied, once. */
    boolean markApplied(long reviewId, String mailboxId, Instant at);

    /** Marks the review's reminder sent, once. */
    boolean markReminded(long reviewId, Instant at);

    /** OPEN to FINISHED, once. */
    boolean finish(long reviewId, Instant at);
}
