package io.postkamer.dialogs.requests.memory;

import io.postkamer.dialogs.requests.ScheduledJob;
import io.postkamer.dialogs.requests.ScheduledJobs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Scheduled jobs in memory, for one instance. */
public final class MemoryScheduledJobs implements ScheduledJobs {
    private record Row(ScheduledJob job, String state, String claimant, Instant claimedAt) {}

    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private long last;

    @Override
    public synchronized void schedule(long number, ScheduledJob.Kind kind, Instant dueAt) {
        boolean exists = rows.values().stream()
                .anyMatch(r -> r.job().number() == number && r.job().kind() == kind);
        if (!exists) {
            long id = ++last;
            rows.put(id, new Row(new ScheduledJob(id, number, kind, dueAt, 0), "DUE", null, null));
        }
    }

    @Override
    public synchronized List<ScheduledJob> claimDue(Instant now, String claimant, Duration lease, int limit) {
        List<ScheduledJob> claimed = new ArrayList<>();
        for (Row row : rows.values().stream()
                .sorted(Comparator.comparing(r -> r.job().dueAt()))
                .toList()) {
            boolean due = row.state().equals("DUE") && !row.job().dueAt().isAfter(now);
            boolean abandoned =
                    row.state().equals("CLAIMED") && row.claimedAt().plus(lease).isBefore(now);
            if ((due || abandoned) && claimed.size() < limit) {
                ScheduledJob job = row.job();
                ScheduledJob taken =
                        new ScheduledJob(job.id(), job.number(), job.kind(), job.dueAt(), job.attempts() + 1);
                rows.put(job.id(), new Row(taken, "CLAIMED", claimant, now));
                claimed.add(taken);
            }
        }
        return claimed;
    }

    @Override
    public synchronized void finish(long jobId, String claimant, boolean succeeded, String detail, Instant at) {
        Row row = rows.get(jobId);
        if (row != null && Objects.equals(row.claimant(), claimant)) {
            rows.put(jobId, new Row(row.job(), succeeded ? "DONE" : "FAILED", claimant, row.claimedAt()));
        }
    }

    @Override
    public synchronized void cancel(long number, ScheduledJob.Kind kind, String detail, Instant at) {
        rows.replaceAll((id, row) -> row.state().equals("DUE")
                        && row.job().number() == number
                        && row.job().kind() == kind
                ? new Row(row.job(), "DONE", row.claimant(), row.claimedAt())
                : row);
    }

    @Override
    public synchronized void retryLater(long jobId, String claimant, Instant dueAt, String detail) {
        Row row = rows.get(jobId);
        if (row != null && Objects.equals(row.claimant(), claimant)) {
            ScheduledJob job = row.job();
            rows.put(
                    jobId,
                    new Row(
                            new ScheduledJob(job.id(), job.number(), job.kind(), dueAt, job.attempts()),
                            "DUE",
                            null,
                            null));
        }
    }
}
