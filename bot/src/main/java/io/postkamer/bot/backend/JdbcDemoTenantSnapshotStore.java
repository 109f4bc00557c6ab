package io.postkamer.bot.backend;

import io.postkamer.mailbox.demo.DemoTenantSnapshotStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo tenant's state in the bot's database, so what a newcomer created survives a restart. */
public class JdbcDemoTenantSnapshotStore implements DemoTenantSnapshotStore {
    private static final String ID = "contoso";

    private final JdbcTemplate jdbc;

    public JdbcDemoTenantSnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> load() {
        return jdbc
                .query("SELECT snapshot FROM demo_tenant_snapshot WHERE id = ?", (row, number) -> row.getString(1), ID)
                .stream()
                .findFirst();
    }

    @Override
    public void save(String snapshotJson) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update(
                "UPDATE demo_tenant_snapshot SET snapshot = ?, updated_at = ? WHERE id = ?", snapshotJson, now, ID);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO demo_tenant_snapshot (id, snapshot, updated_at) VALUES (?, ?, ?)",
                    ID,
                    snapshotJson,
                    now);
        }
    }
}
