package io.postkamer.dialogs.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Jobs kept where every instance sees them. {@link #claimDue} hands each due job to one caller only
 * (a guarded change in the store); a claim not finished within the lease is due again, so a job
 * survives an instance that stopped half-way.
 */
public interface ScheduledJobs {
    /** Schedules a job once; scheduling the same kind for the same request again changes nothing. */
    void schedule(long number, ScheduledJob.Kind kind, Instant dueAt);

    List<ScheduledJob> claimDue(Instant now, String claimant, Duration lease, int limit);

    void finish(long jobId, String claimant, boolean succeeded, String detail, Instant at);

    /** Marks the request's job of that kind done while nobody has taken it: it is no longer needed. */
    void cancel(long number, ScheduledJob.Kind kind, String detail, Instant at);

    /** Gives a claimed job back to be tried again at {@code dueAt}. */
    void retryLater(long jobId, String claimant, Instant dueAt, String detail);
}
