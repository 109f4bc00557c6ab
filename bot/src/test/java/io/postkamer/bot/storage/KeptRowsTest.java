package io.postkamer.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The sole writer of an embedded H2 file answers reads from the rows it keeps, and never from stale ones. */
class KeptRowsTest {
    @TempDir
    Path dataDir;

    private CountingDataSource database;
    private JdbcStorage storage;

    /** Counts the connections taken, and can be made to fail them. */
    static final class CountingDataSource extends DelegatingDataSource {
        final AtomicInteger connections = new AtomicInteger();
        final AtomicBoolean down = new AtomicBoolean();

        CountingDataSource(JdbcDataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new SQLException("database is down");
            }
            connections.incrementAndGet();
            return super.getConnection();
        }
    }

    @BeforeEach
    void soleWriter() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dataDir.resolve("postkamer") + ";AUTO_SERVER=FALSE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        database = new CountingDataSource(h2);
        storage = JdbcStorage.soleWriter(database, 100_000);
    }

    @Test
    @DisplayName(
            "a state read again, or read after this process wrote it, takes no query; one never stored is remembered as absent")
    void readsFromKeptRows() {
        assertThat(read("conversation/1")).isEmpty();
        assertThat(read("conversation/1")).isEmpty();
        assertThat(database.connections).hasValue(1);

        write("conversation/1", state("step", "address"));
        int afterWrite = database.connections.get();
        Map<String, Object> again = state(read("conversation/1"));

        assertThat(again).containsEntry("step", "address").containsKey("eTag");
        assertThat(database.connections).hasValue(afterWrite);
    }

    @Test
    @DisplayName("each read gets items of its own: a turn changing what it read does not change the next read")
    void readsAreCopies() {
        write("conversation/2", state("step", "members"));

        state(read("conversation/2")).put("step", "changed without saving");

        assertThat(state(read("conversation/2"))).containsEntry("step", "members");
    }

    @Test
    @DisplayName("a stale eTag is still refused by the database, and the rows kept stay the ones that won")
    void staleETagStillRefused() {
        write("conversation/3", state("step", "name"));
        Map<String, Object> first = state(read("conversation/3"));
        Map<String, Object> second = state(read("conversation/3"));
        first.put("step", "address");
        storage.write(Map.of("conversation/3", first)).join();

        second.put("step", "lost update");
        assertThatThrownBy(() -> storage.write(Map.of("conversation/3", second)).join())
                .cause()
                .isInstanceOf(ETagConflictException.class);

        assertThat(state(read("conversation/3")))
                .containsEntry("step", "address")
                .containsEntry("eTag", first.get("eTag"));
        assertThat(state(new JdbcStorage(database)
                        .read(new String[] {"conversation/3"})
                        .join()
                        .get("conversation/3")))
                .containsEntry("step", "address");
    }

    @Test
    @DisplayName("a write the database did not take forgets the row, so the next read asks the database again")
    void failedWriteForgets() {
        write("conversation/4", state("step", "name"));
        database.down.set(true);
        Map<String, Object> changed = state(read("conversation/4"));
        changed.put("step", "address");
        assertThatThrownBy(
                        () -> storage.write(Map.of("conversation/4", changed)).join())
                .cause()
                .isInstanceOf(StorageException.class);
        database.down.set(false);
        int before = database.connections.get();

        assertThat(state(read("conversation/4"))).containsEntry("step", "name");
        assertThat(database.connections).hasValue(before + 1);
    }

    @Test
    @DisplayName("a deleted state reads as absent, without a query")
    void deleteKeepsAbsence() {
        write("conversation/5", state("step", "name"));
        storage.delete(new String[] {"conversation/5"}).join();
        int before = database.connections.get();

        assertThat(read("conversation/5")).isEmpty();
        assertThat(database.connections).hasValue(before);
    }

    @Test
    @DisplayName("threads counting up one state with read, change and conditional write lose no increment")
    void racingThreadsLoseNothing() throws Exception {
        write("conversation/6", state("count", 0));
        int threads = 8;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                done.add(pool.submit(() -> {
                    for (int increment = 0; increment < each; increment++) {
                        while (true) {
                            Map<String, Object> state = state(read("conversation/6"));
                            state.put("count", ((Number) state.get("count")).intValue() + 1);
                            try {
                                storage.write(Map.of("conversation/6", state)).join();
                                break;
                            } catch (RuntimeException conflict) {
                                assertThat(conflict.getCause()).isInstanceOf(ETagConflictException.class);
                            }
                        }
                    }
                }));
            }
            for (Future<?> thread : done) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(state(read("conversation/6"))).containsEntry("count", threads * each);
        assertThat(state(new JdbcStorage(database)
                        .read(new String[] {"conversation/6"})
                        .join()
                        .get("conversation/6")))
                .containsEntry("count", threads * each);
    }

    private Map<String, Object> read(String key) {
        return storage.read(new String[] {key}).join();
    }

    private void write(String key, Map<String, Object> state) {
        storage.write(Map.of(key, state)).join();
    }

    private static Map<String, Object> state(String name, Object value) {
        Map<String, Object> state = new ConcurrentHashMap<>();
        state.put(name, value);
        return state;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Object item) {
        return (Map<String, Object>) item;
    }

    private Map<String, Object> state(Map<String, Object> items) {
        return state(items.values().iterator().next());
    }
}
