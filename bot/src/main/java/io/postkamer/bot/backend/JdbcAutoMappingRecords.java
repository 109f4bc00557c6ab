package io.postkamer.bot.backend;

import io.postkamer.mailbox.m365.AutoMappingRecords;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The automapping the bot set, in the database every instance shares: what one instance granted, another one says.
 * A grant is written with one statement (update, else insert; a concurrent insert of the same grant is the same
 * fact, so the second is simply done again as an update).
 */
public final class JdbcAutoMappingRecords implements AutoMappingRecords {
    private final JdbcTemplate jdbc;

    public JdbcAutoMappingRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Boolean> of(String mailboxId, String memberId) {
        List<Boolean> set = jdbc.queryForList(
                "SELECT auto_mapping FROM automapping_set WHERE mailbox_id = ? AND member_id = ?",
                Boolean.class,
                key(mailboxId),
                key(memberId));
        return set.stream().findFirst();
    }

    @Override
    public Map<String, Boolean> ofMailbox(String mailboxId) {
        Map<String, Boolean> set = new HashMap<>();
        jdbc.query(
                "SELECT member_id, auto_mapping FROM automapping_set WHERE mailbox_id = ?",
                row -> {
                    set.put(row.getString(1), row.getBoolean(2));
                },
                key(mailboxId));
        return Map.copyOf(set);
    }

    @Override
    public void record(String mailboxId, String memberId, boolean autoMapping) {
        String mailbox = key(mailboxId);
        String member = key(memberId);
        while (jdbc.update(
                        "UPDATE automapping_set SET auto_mapping = ? WHERE mailbox_id = ? AND member_id = ?",
                        autoMapping,
                        mailbox,
                        member)
                == 0) {
            try {
                jdbc.update(
                        "INSERT INTO automapping_set (mailbox_id, member_id, auto_mapping) VALUES (?, ?, ?)",
                        mailbox,
                        member,
                        autoMapping);
                return;
            } catch (DuplicateKeyException anotherInstanceFirst) {
                // The same grant recorded at the same moment elsewhere: set it again with this value.
            }
        }
    }

    @Override
    public void forget(String mailboxId, String memberId) {
        jdbc.update(
                "DELETE FROM automapping_set WHERE mailbox_id = ? AND member_id = ?", key(mailboxId), key(memberId));
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
