package io.postkamer.dialogs.requests;

import java.time.Instant;

/**
 * Work on a request that is due at a moment: the notice that access ends tomorrow, the end itself, and
 * the grant of an approval, done by any instance when the one that approved stopped before granting.
 */
public record ScheduledJob(long id, long number, Kind kind, Instant dueAt, int attempts) {
    public enum Kind {
        REMIND,
        REVOKE,
        APPLY
    }
}
