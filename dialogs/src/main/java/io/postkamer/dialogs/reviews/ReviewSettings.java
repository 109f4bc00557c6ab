package io.postkamer.dialogs.reviews;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How access reviews run in this installation.
 *
 * @param deadline      how long a review runs unless the administrator chooses another day
 * @param remindBefore  how long before the deadline reviewers with rights left to decide are reminded, once
 * @param every         a review of all shared mailboxes is started on its own this often (empty: never)
 * @param undecided     what a scheduled review does with rights nobody decided on
 * @param administrators who reviews a mailbox without owners instead of every Global and Exchange Administrator
 *                      (empty: the administrators, as the directory lists them when the review is prepared)
 */
public record ReviewSettings(
        Duration deadline,
        Duration remindBefore,
        Optional<Period> every,
        AccessReview.Undecided undecided,
        List<String> administrators) {
    public ReviewSettings {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(remindBefore, "remindBefore");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(undecided, "undecided");
        administrators = List.copyOf(administrators);
    }

    /** Two weeks to decide, a reminder two days before, no schedule. */
    public static ReviewSettings standard() {
        return new ReviewSettings(
                Duration.ofDays(14), Duration.ofDays(2), Optional.empty(), AccessReview.Undecided.KEEP, List.of());
    }
}
