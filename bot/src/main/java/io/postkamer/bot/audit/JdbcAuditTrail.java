package io.postkamer.bot.audit;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail in the bot's database (H2 or PostgreSQL), kept for as long as the database is. */
public class JdbcAuditTrail implements AuditTrail {
    private static final int MAX_TEXT = 2048;

    private final JdbcTemplate jdbc;

    public JdbcAuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.update("INSERT INTO audit_entry (at, actor_id, mailbox, action, before_state, after_state, outcome, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(entry.at()), clip(entry.actorId(), 512), clip(lower(entry.mailbox()), 512),
                clip(entry.action(), 256), clip(entry.before(), MAX_TEXT), clip(entry.after(), MAX_TEXT),
                entry.outcome().name(), clip(entry.detail(), MAX_TEXT));
    }

    @Override
    public List<AuditEntry> history(String mailbox, int limit) {
        return jdbc.query("SELECT at, actor_id, mailbox, action, before_state, after_state, outcome, detail "
                + "FROM audit_entry WHERE mailbox = ? ORDER BY at DESC, id DESC LIMIT ?", JdbcAuditTrail::entry,
                lower(mailbox), limit);
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getTimestamp("at").toInstant(), row.getString("actor_id"), row.getString("mailbox"),
                row.getString("action"), row.getString("before_state"), row.getString("after_state"),
                AuditEntry.Outcome.valueOf(row.getString("outcome")), row.getString("detail"));
    }

    private static String lower(String mailbox) {
        return mailbox.toLowerCase(Locale.ROOT);
    }

    /** What a person typed can be long; the trail keeps the start of it rather than failing the change. */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
