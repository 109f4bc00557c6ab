package io.postkamer.bot.requests;

import io.postkamer.dialogs.requests.ScheduledJob;
import io.postkamer.dialogs.requests.ScheduledJobs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs in the application's database. A job is claimed with one guarded UPDATE (still due,
 * or claimed longer ago than the lease): of several instances looking at once, one gets it.
 */
public final class JdbcScheduledJobs implements ScheduledJobs {
    private static final String DUE = "DUE";
    private static final String CLAIMED = "CLAIMED";

    private final JdbcTemplate jdbc;

    public JdbcScheduledJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void schedule(long number, ScheduledJob.Kind kind, Instant dueAt) {
        try {
            jdbc.update(
                    "INSERT INTO scheduled_job (request_number, job_kind, due_at, job_state) VALUES (?, ?, ?, ?)",
                    number,
                    kind.name(),
                    JdbcRequestStore.utc(dueAt),
                    DUE);
        } catch (DuplicateKeyException alreadyScheduled) {
            // Scheduled before (a retried decision): one job per request and kind.
        }
    }

    @Override
    public List<ScheduledJob> claimDue(Instant now, String claimant, Duration lease, int limit) {
        Object at = JdbcRequestStore.utc(now);
        Object abandonedBefore = JdbcRequestStore.utc(now.minus(lease));
        List<ScheduledJob> candidates = jdbc.query(
                "SELECT job_id, request_number, job_kind, due_at, attempts "
                        + "FROM scheduled_job WHERE (job_state = ? AND due_at <= ?) OR (job_state = ? AND claimed_at < ?) "
                        + "ORDER BY due_at",
                (rs, i) -> new ScheduledJob(
                        rs.getLong("job_id"),
                        rs.getLong("request_number"),
                        ScheduledJob.Kind.valueOf(rs.getString("job_kind")),
                        JdbcRequestStore.instant(rs, "due_at").orElseThrow(),
                        rs.getInt("attempts")),
                DUE,
                at,
                CLAIMED,
                abandonedBefore);
        List<ScheduledJob> claimed = new ArrayList<>();
        for (ScheduledJob job : candidates) {
            if (claimed.size() >= limit) {
                break;
            }
            int won = jdbc.update(
                    "UPDATE scheduled_job SET job_state = ?, claimed_by = ?, claimed_at = ?, "
                            + "attempts = attempts + 1 WHERE job_id = ? AND ((job_state = ? AND due_at <= ?) "
                            + "OR (job_state = ? AND claimed_at < ?))",
                    CLAIMED,
                    claimant,
                    at,
                    job.id(),
                    DUE,
                    at,
                    CLAIMED,
                    abandonedBefore);
            if (won == 1) {
                claimed.add(new ScheduledJob(job.id(), job.number(), job.kind(), job.dueAt(), job.attempts() + 1));
            }
        }
        return claimed;
    }

    @Override
    public void finish(long jobId, String claimant, boolean succeeded, String detail, Instant at) {
        jdbc.update(
                "UPDATE scheduled_job SET job_state = ?, finished_at = ?, detail = ? "
                        + "WHERE job_id = ? AND job_state = ? AND claimed_by = ?",
                succeeded ? "DONE" : "FAILED",
                JdbcRequestStore.utc(at),
                cut(detail),
                jobId,
                CLAIMED,
                claimant);
    }

    @Override
    public void cancel(long number, ScheduledJob.Kind kind, String detail, Instant at) {
        jdbc.update(
                "UPDATE scheduled_job SET job_state = ?, finished_at = ?, detail = ? "
                        + "WHERE request_number = ? AND job_kind = ? AND job_state = ?",
                "DONE",
                JdbcRequestStore.utc(at),
                cut(detail),
                number,
                kind.name(),
                DUE);
    }

    @Override
    public void retryLater(long jobId, String claimant, Instant dueAt, String detail) {
        jdbc.update(
                "UPDATE scheduled_job SET job_state = ?, due_at = ?, claimed_by = NULL, claimed_at = NULL, "
                        + "detail = ? WHERE job_id = ? AND job_state = ? AND claimed_by = ?",
                DUE,
                JdbcRequestStore.utc(dueAt),
                cut(detail),
                jobId,
                CLAIMED,
                claimant);
    }

    private static String cut(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }
}
