package io.postkamer.dialogs.reviews;

import io.postkamer.mailbox.Right;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One right of one member on one mailbox, to keep or remove: the reviewer's decision, and what came of it when the
 * review's decisions were applied.
 *
 * @param grantedAt when it was granted, if the audit knows
 * @param grantedBy by whom, if the audit knows
 * @param lastSignIn the member's last sign-in when the review was prepared, where the directory keeps it
 * @param noticed   whether the member was told of a removal (so that they are told once)
 */
public record ReviewItem(
        long id,
        long reviewId,
        String mailboxId,
        String memberId,
        String memberName,
        Right right,
        Optional<Instant> grantedAt,
        Optional<String> grantedBy,
        Optional<Instant> lastSignIn,
        Decision decision,
        Optional<String> decidedBy,
        Optional<Instant> decidedAt,
        Outcome outcome,
        String detail,
        boolean noticed) {

    public enum Decision {
        UNDECIDED,
        KEEP,
        REMOVE
    }

    /** What applying the decision did; {@code APPLYING} while one instance removes it. */
    public enum Outcome {
        OPEN,
        APPLYING,
        KEPT,
        REMOVED,
        FAILED
    }

    public ReviewItem {
        Objects.requireNonNull(mailboxId, "mailboxId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(lastSignIn, "lastSignIn");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }

    /** The decision that counts when it is applied: undecided follows the review's setting. */
    public Decision effective(AccessReview.Undecided undecided) {
        if (decision != Decision.UNDECIDED) {
            return decision;
        }
        return undecided == AccessReview.Undecided.REMOVE ? Decision.REMOVE : Decision.KEEP;
    }

    public boolean isSettled() {
        return outcome == Outcome.KEPT || outcome == Outcome.REMOVED || outcome == Outcome.FAILED;
    }
}
