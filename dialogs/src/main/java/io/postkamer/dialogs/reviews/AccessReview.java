package io.postkamer.dialogs.reviews;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One access review: of one shared mailbox or of all of them, started by an administrator (or by the schedule),
 * decided by each mailbox's reviewers until its deadline.
 *
 * @param mailboxId   the mailbox reviewed, empty for all shared mailboxes
 * @param scheduleKey the period a scheduled review belongs to ("2027-Q1"), so it starts once across instances
 */
public record AccessReview(
        long id,
        Optional<String> mailboxId,
        String scopeName,
        String startedBy,
        String startedByName,
        Instant startedAt,
        Instant deadline,
        Undecided undecided,
        State state,
        Optional<String> scheduleKey,
        Optional<Instant> remindedAt,
        Optional<Instant> finishedAt) {

    /** What happens at the deadline to a right nobody decided on. */
    public enum Undecided {
        KEEP,
        REMOVE
    }

    public enum State {
        /** Its mailboxes and their rights are being read; reviewers get their cards when it opens. */
        PREPARING,
        OPEN,
        FINISHED
    }

    public AccessReview {
        Objects.requireNonNull(mailboxId, "mailboxId");
        Objects.requireNonNull(scopeName, "scopeName");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(undecided, "undecided");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(scheduleKey, "scheduleKey");
        Objects.requireNonNull(remindedAt, "remindedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public boolean ofAllMailboxes() {
        return mailboxId.isEmpty();
    }
}
