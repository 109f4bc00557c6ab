package io.postkamer.bot.health;

import io.postkamer.bot.storage.StoredInstants;
import io.postkamer.dialogs.health.HealthPostStore;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The health reports' posts in the application's database, shared by every instance: the first claim of a period is
 * an INSERT of its key (unique), any later one a guarded UPDATE (its WHERE says when it may be taken), so of several
 * instances claiming at once one gets it.
 */
public final class JdbcHealthPostStore implements HealthPostStore {
    private final JdbcTemplate jdbc;

    public JdbcHealthPostStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String period, String claimant, Instant now, Duration lease) {
        try {
            return jdbc.update(
                            "INSERT INTO health_post (period_key, claimed_by, claimed_at) VALUES (?, ?, ?)",
                            period,
                            claimant,
                            StoredInstants.micros(now))
                    == 1;
        } catch (DuplicateKeyException claimedBefore) {
            return jdbc.update(
                            "UPDATE health_post SET claimed_by = ?, claimed_at = ? WHERE period_key = ?"
                                    + " AND posted_at IS NULL AND (claimed_by = ? OR claimed_at < ?)",
                            claimant,
                            StoredInstants.micros(now),
                            period,
                            claimant,
                            StoredInstants.micros(now.minus(lease)))
                    == 1;
        }
    }

    @Override
    public boolean markPosted(String period, String claimant, Instant at) {
        return jdbc.update(
                        "UPDATE health_post SET posted_at = ? WHERE period_key = ? AND claimed_by = ?"
                                + " AND posted_at IS NULL",
                        StoredInstants.micros(at),
                        period,
                        claimant)
                == 1;
    }

    @Override
    public boolean isPosted(String period) {
        Integer posted = jdbc.queryForObject(
                "SELECT COUNT(*) FROM health_post WHERE period_key = ? AND posted_at IS NOT NULL",
                Integer.class,
                period);
        return posted != null && posted > 0;
    }
}
