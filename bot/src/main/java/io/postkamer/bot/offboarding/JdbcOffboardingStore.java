package io.postkamer.bot.offboarding;

import com.fasterxml.jackson.core.type.TypeReference;
import io.postkamer.bot.storage.JsonColumns;
import io.postkamer.bot.storage.StoredInstants;
import io.postkamer.dialogs.offboarding.Offboarding;
import io.postkamer.dialogs.offboarding.OffboardingPlan;
import io.postkamer.dialogs.offboarding.OffboardingStep;
import io.postkamer.dialogs.offboarding.OffboardingStore;
import io.postkamer.dialogs.offboarding.StepResult;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offboardings in the application's database, shared by every instance. A run is handed to one caller by a guarded
 * UPDATE (its WHERE says when it may be claimed); only the claimant writes results, so of several instances or presses
 * at once one does each step.
 */
public final class JdbcOffboardingStore implements OffboardingStore {
    private static final String COLUMNS =
            "offboarding_id, mailbox_id, person_name, address, plan, results," + " started_by, started_at, finished_at";
    private static final TypeReference<Map<OffboardingStep, StepResult>> RESULTS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcOffboardingStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public Offboarding start(NewOffboarding asked) {
        String mailbox = key(asked.mailboxId());
        Optional<Offboarding> open = unfinishedFor(mailbox);
        if (open.isPresent()) {
            return open.get();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.update(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO offboarding (mailbox_id, open_mailbox, person_name, address, plan, results,"
                                        + " started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                new String[] {"offboarding_id"});
                        insert.setString(1, mailbox);
                        insert.setString(2, mailbox);
                        insert.setString(3, asked.personName());
                        insert.setString(4, asked.address());
                        insert.setString(5, JsonColumns.write(asked.plan()));
                        insert.setString(6, "{}");
                        insert.setString(7, asked.startedBy());
                        insert.setLong(8, StoredInstants.micros(asked.startedAt()));
                        return insert;
                    },
                    keys);
        } catch (DuplicateKeyException startedAtTheSameMoment) {
            return unfinishedFor(mailbox).orElseThrow(() -> startedAtTheSameMoment);
        }
        return find(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<Offboarding> find(long id) {
        return one("SELECT " + COLUMNS + " FROM offboarding WHERE offboarding_id = ?", id);
    }

    @Override
    public Optional<Offboarding> unfinishedFor(String mailboxId) {
        return one(
                "SELECT " + COLUMNS + " FROM offboarding WHERE mailbox_id = ? AND finished_at IS NULL"
                        + " ORDER BY offboarding_id DESC",
                key(mailboxId));
    }

    @Override
    public Optional<Offboarding> latestFor(String mailboxId) {
        return one(
                "SELECT " + COLUMNS + " FROM offboarding WHERE mailbox_id = ? ORDER BY offboarding_id DESC",
                key(mailboxId));
    }

    @Override
    public List<Offboarding> recent(int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM offboarding ORDER BY offboarding_id DESC LIMIT ?",
                (row, n) -> offboarding(row),
                limit);
    }

    @Override
    public boolean claim(long id, String claimant, Instant now, Duration lease) {
        return jdbc.update(
                        "UPDATE offboarding SET claimed_by = ?, claimed_at = ? WHERE offboarding_id = ?"
                                + " AND (claimed_by IS NULL OR claimed_by = ? OR claimed_at < ?)",
                        claimant,
                        StoredInstants.micros(now),
                        id,
                        claimant,
                        StoredInstants.micros(now.minus(lease)))
                == 1;
    }

    @Override
    public void release(long id, String claimant) {
        jdbc.update(
                "UPDATE offboarding SET claimed_by = NULL, claimed_at = NULL WHERE offboarding_id = ?"
                        + " AND claimed_by = ?",
                id,
                claimant);
    }

    @Override
    public void record(long id, String claimant, OffboardingStep step, StepResult result) {
        transaction.executeWithoutResult(status -> find(id).ifPresent(o -> {
            jdbc.update(
                    "UPDATE offboarding SET results = ? WHERE offboarding_id = ? AND claimed_by = ?",
                    JsonColumns.write(o.resultsWith(step, result)),
                    id,
                    claimant);
        }));
    }

    @Override
    public void replan(long id, String claimant, OffboardingPlan plan, OffboardingStep again) {
        transaction.executeWithoutResult(status -> find(id).ifPresent(o -> {
            jdbc.update(
                    "UPDATE offboarding SET plan = ?, results = ?, finished_at = NULL WHERE offboarding_id = ?"
                            + " AND claimed_by = ?",
                    JsonColumns.write(plan),
                    JsonColumns.write(o.resultsWithout(again)),
                    id,
                    claimant);
        }));
    }

    @Override
    public void finish(long id, String claimant, Instant at) {
        jdbc.update(
                "UPDATE offboarding SET finished_at = ?, open_mailbox = NULL, claimed_by = NULL, claimed_at = NULL"
                        + " WHERE offboarding_id = ? AND claimed_by = ? AND finished_at IS NULL",
                StoredInstants.micros(at),
                id,
                claimant);
    }

    private Optional<Offboarding> one(String sql, Object argument) {
        return jdbc.query(sql, (row, n) -> offboarding(row), argument).stream().findFirst();
    }

    private static Offboarding offboarding(ResultSet row) throws SQLException {
        long finished = row.getLong("finished_at");
        boolean isFinished = !row.wasNull();
        return new Offboarding(
                row.getLong("offboarding_id"),
                row.getString("mailbox_id"),
                row.getString("person_name"),
                row.getString("address"),
                JsonColumns.read(row.getString("plan"), new TypeReference<OffboardingPlan>() {}, "an offboarding row"),
                row.getString("started_by"),
                StoredInstants.instant(row.getLong("started_at")),
                JsonColumns.read(row.getString("results"), RESULTS, "an offboarding row"),
                isFinished ? Optional.of(StoredInstants.instant(finished)) : Optional.empty());
    }

    private static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
