package io.postkamer.bot.requests;

import io.postkamer.dialogs.requests.HistoryEntry;
import io.postkamer.dialogs.requests.RequestHistory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The requests history in the application's database: inserted, never updated. */
public final class JdbcRequestHistory implements RequestHistory {
    private static final String SELECT = "SELECT request_number, happened_at, actor_id, event_name, subject, outcome, "
            + "detail FROM request_history";
    private static final int MAX = 4000;

    private final JdbcTemplate jdbc;

    public JdbcRequestHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(HistoryEntry entry) {
        jdbc.update("INSERT INTO request_history (request_number, happened_at, actor_id, event_name, subject, outcome, "
                        + "detail) VALUES (?, ?, ?, ?, ?, ?, ?)", entry.number(), JdbcRequestStore.utc(entry.at()),
                cut(entry.actorId(), 256), cut(entry.event(), 64), cut(entry.subject(), 320), cut(entry.outcome(), 16),
                cut(entry.detail(), MAX));
    }

    @Override
    public List<HistoryEntry> of(long number) {
        return jdbc.query(SELECT + " WHERE request_number = ? ORDER BY entry_id", JdbcRequestHistory::row, number);
    }

    @Override
    public List<HistoryEntry> all() {
        return jdbc.query(SELECT + " ORDER BY entry_id", JdbcRequestHistory::row);
    }

    private static HistoryEntry row(ResultSet rs, int index) throws SQLException {
        return new HistoryEntry(rs.getLong("request_number"), JdbcRequestStore.instant(rs, "happened_at").orElseThrow(),
                rs.getString("actor_id"), rs.getString("event_name"), rs.getString("subject"), rs.getString("outcome"),
                rs.getString("detail"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
