package io.postkamer.bot.audit;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditFilter;
import io.postkamer.dialogs.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one audit in the bot's database (H2 or PostgreSQL): inserted, never updated, kept as long as the database. */
public class JdbcAuditTrail implements AuditTrail {
    private static final String SELECT = "SELECT at, actor_id, actor_name, action, target_id, target_name, mailbox, "
            + "request_number, outcome, detail, before_state, after_state FROM audit_record";

    private final JdbcTemplate jdbc;

    public JdbcAuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.update(
                "INSERT INTO audit_record (at, actor_id, actor_name, action, target_id, target_name, mailbox, "
                        + "request_number, outcome, detail, before_state, after_state) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(entry.at()),
                clip(entry.actor().id(), 256),
                clip(entry.actor().name(), 256),
                clip(entry.action(), 256),
                clip(entry.target().id(), 512),
                clip(entry.target().name(), 512),
                clip(entry.target().mailbox(), 512),
                entry.request(),
                entry.outcome().name(),
                clip(entry.detail(), 4000),
                clip(entry.before(), 2048),
                clip(entry.after(), 2048));
    }

    @Override
    public List<AuditEntry> ofMailbox(String address, int limit) {
        return jdbc.query(
                SELECT + " WHERE mailbox = ? ORDER BY at DESC, id DESC LIMIT ?",
                JdbcAuditTrail::entry,
                address.strip().toLowerCase(Locale.ROOT),
                limit);
    }

    @Override
    public List<AuditEntry> ofRequest(long number) {
        return jdbc.query(SELECT + " WHERE request_number = ? ORDER BY id", JdbcAuditTrail::entry, number);
    }

    @Override
    public List<AuditEntry> all(AuditFilter filter) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        filter.mailbox().ifPresent(address -> {
            where.add("mailbox = ?");
            values.add(address);
        });
        filter.from().ifPresent(from -> {
            where.add("at >= ?");
            values.add(Timestamp.from(from));
        });
        filter.until().ifPresent(until -> {
            where.add("at < ?");
            values.add(Timestamp.from(until));
        });
        return jdbc.query(
                SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY id",
                JdbcAuditTrail::entry,
                values.toArray());
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(
                row.getTimestamp("at").toInstant(),
                new AuditEntry.Party(row.getString("actor_id"), row.getString("actor_name")),
                row.getString("action"),
                new AuditEntry.Target(
                        row.getString("target_id"), row.getString("target_name"), row.getString("mailbox")),
                row.getLong("request_number"),
                AuditEntry.Outcome.valueOf(row.getString("outcome")),
                row.getString("detail"),
                row.getString("before_state"),
                row.getString("after_state"));
    }

    /** What a person typed can be long; the audit keeps the start of it rather than failing the change. */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
