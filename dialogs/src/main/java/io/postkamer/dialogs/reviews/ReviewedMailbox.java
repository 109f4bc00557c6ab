package io.postkamer.dialogs.reviews;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mailbox within a review, with who reviews it (its owners, else the administrators) and whether its decisions
 * were applied: when a reviewer said it is complete, or at the deadline.
 */
public record ReviewedMailbox(
        long reviewId,
        String mailboxId,
        String mailboxName,
        String address,
        List<String> reviewerIds,
        Optional<String> completedBy,
        Optional<Instant> completedAt,
        Optional<Instant> appliedAt) {
    public ReviewedMailbox {
        Objects.requireNonNull(mailboxId, "mailboxId");
        Objects.requireNonNull(mailboxName, "mailboxName");
        Objects.requireNonNull(address, "address");
        reviewerIds = List.copyOf(reviewerIds);
        Objects.requireNonNull(completedBy, "completedBy");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(appliedAt, "appliedAt");
    }

    public boolean isReviewer(String personId) {
        return reviewerIds.stream().anyMatch(id -> id.equalsIgnoreCase(personId));
    }

    /** Decisions may still change: nobody completed it and nothing was applied. */
    public boolean isOpen() {
        return completedAt.isEmpty() && appliedAt.isEmpty();
    }
}
