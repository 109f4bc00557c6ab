package io.postkamer.bot.storage;

import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.StoreItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Bot Framework {@link Storage} kept in a relational database (H2 or PostgreSQL), so conversation
 * state, user state and dialog stacks survive a restart and can be shared by several bot instances.
 *
 * <p>Items are serialised as the SDK's {@code MemoryStorage} does (see {@link StateCodec}). Items
 * that implement {@link StoreItem}, and the maps the SDK's {@code BotState} keeps conversation and
 * user state in, get optimistic concurrency: an eTag of {@code "*"} or none overwrites a
 * {@link StoreItem}; a state map without an eTag (read when nothing was stored) may only create its
 * row; any other eTag must match the stored one, checked by the database in the same
 * statement that writes ({@code UPDATE ... WHERE etag = ?}), so two instances sharing a database
 * cannot both win. Every write stores a new eTag. A map read from here carries its eTag under the key
 * {@code "eTag"} (as the SDK's other storages do), so the turn that saves it back fails with
 * {@link ETagConflictException} when another instance saved the same state in between, instead of
 * overwriting that instance's change. After a successful write the map carries the new eTag. A write of several items is one transaction:
 * when one item fails, none is written.
 *
 * <p>The work is done on the calling thread; failures arrive as an exceptionally completed future,
 * never as a thrown exception.
 *
 * <p>{@link #soleWriter} keeps the rows it last read or wrote in memory (absent ones too) and reads them again
 * from there. That is only right when no other process writes the table: an embedded H2 file is opened by one
 * process alone. Rows are kept as their JSON, so every read still gets items of its own. A write or delete
 * holds a lock per key (striped) around its transaction and its update of the kept rows; a failed one forgets
 * the rows it touched. The eTag check stays in the database.
 */
public final class JdbcStorage implements Storage {

    /** Longest key the table holds. */
    public static final int MAX_KEY_LENGTH = 1024;

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String ANY_ETAG = "*";
    /** Where a state map carries its eTag. */
    static final String ETAG_KEY = "eTag";

    private static final String SELECT =
            "SELECT item_key, item_type, content, etag FROM bot_state_item WHERE item_key IN (%s)";
    /** A turn reads one item (its conversation's state) far more often than several. */
    private static final String SELECT_ONE = SELECT.formatted("?");

    private static final String UPDATE = "UPDATE bot_state_item SET item_type = ?, content = ?, etag = ?, "
            + "updated_at = CURRENT_TIMESTAMP WHERE item_key = ?";
    private static final String UPDATE_IF_ETAG = UPDATE + " AND etag = ?";
    private static final String INSERT = "INSERT INTO bot_state_item (item_key, item_type, content, etag, updated_at) "
            + "VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)";
    private static final String DELETE = "DELETE FROM bot_state_item WHERE item_key = ?";

    private final DataSource dataSource;
    private final StateCodec codec = new StateCodec();
    private final Optional<KeptRows> kept;

    /** Storage on a database other processes may write too (PostgreSQL shared by several instances). */
    public JdbcStorage(DataSource dataSource) {
        this(dataSource, Optional.empty());
    }

    private JdbcStorage(DataSource dataSource, Optional<KeptRows> kept) {
        this.dataSource = dataSource;
        this.kept = kept;
    }

    /**
     * Storage on a database only this process writes (an embedded H2 file), keeping rows in memory, up to
     * {@code characters} of their keys and JSON, so that a turn's state is read without a query.
     */
    public static JdbcStorage soleWriter(DataSource dataSource, long characters) {
        return new JdbcStorage(dataSource, Optional.of(new KeptRows(characters)));
    }

    @Override
    public CompletableFuture<Map<String, Object>> read(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        try {
            return CompletableFuture.completedFuture(readAll(distinct(keys)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> write(Map<String, Object> changes) {
        if (changes == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("changes cannot be null"));
        }
        try {
            changes.keySet().forEach(JdbcStorage::checkedKey);
            Map<Map<String, Object>, String> written = new IdentityHashMap<>();
            Map<String, StoredRow> rows = new HashMap<>();
            keeping(
                    changes.keySet(),
                    rows,
                    () -> inTransaction("write", connection -> {
                        for (Map.Entry<String, Object> change : changes.entrySet()) {
                            StoredRow row = writeOne(connection, change.getKey(), change.getValue());
                            rows.put(change.getKey(), row);
                            if (change.getValue() instanceof Map<?, ?> map && map.get(ETAG_KEY) instanceof String) {
                                @SuppressWarnings("unchecked")
                                Map<String, Object> state = (Map<String, Object>) map;
                                written.put(state, row.eTag());
                            }
                        }
                    }));
            written.forEach((state, eTag) -> state.put(ETAG_KEY, eTag));
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> delete(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        try {
            Set<String> unique = distinct(keys);
            Map<String, StoredRow> rows = new HashMap<>();
            unique.forEach(key -> rows.put(key, StoredRow.ABSENT));
            keeping(
                    unique,
                    rows,
                    () -> inTransaction("delete", connection -> {
                        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                            for (String key : unique) {
                                delete.setString(1, key);
                                delete.executeUpdate();
                            }
                        }
                    }));
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Map<String, Object> readAll(Set<String> keys) {
        if (keys.isEmpty()) {
            return new ConcurrentHashMap<>();
        }
        if (kept.isEmpty()) {
            return items(select(keys));
        }
        KeptRows rows = kept.get();
        Map<String, StoredRow> found = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String key : keys) {
            StoredRow row = rows.byKey.getIfPresent(key);
            if (row == null) {
                missing.add(key);
            } else {
                found.put(key, row);
            }
        }
        if (!missing.isEmpty()) {
            // Read under the keys' locks, so that a write cannot land between this read and keeping its result.
            found.putAll(rows.locked(missing, () -> {
                Map<String, StoredRow> read = select(missing);
                missing.forEach(key -> rows.byKey.put(key, read.getOrDefault(key, StoredRow.ABSENT)));
                return read;
            }));
        }
        return items(found);
    }

    private Map<String, Object> items(Map<String, StoredRow> rows) {
        Map<String, Object> items = new ConcurrentHashMap<>();
        rows.forEach((key, row) ->
                row.stored().ifPresent(stored -> items.put(key, withETag(decode(key, stored), row.eTag()))));
        return items;
    }

    /** The rows of these keys that the database holds. */
    private Map<String, StoredRow> select(Set<String> keys) {
        String sql = keys.size() == 1
                ? SELECT_ONE
                : SELECT.formatted(String.join(", ", Collections.nCopies(keys.size(), "?")));
        Map<String, StoredRow> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (String key : keys) {
                select.setString(index++, key);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(
                            result.getString(1),
                            new StoredRow(
                                    Optional.of(new StoredState(result.getString(2), result.getString(3))),
                                    result.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not read bot state " + keys + ": " + e.getMessage(), e);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Object withETag(Object item, String eTag) {
        if (item instanceof Map<?, ?> state && eTag != null) {
            ((Map<String, Object>) state).put(ETAG_KEY, eTag);
        }
        return item;
    }

    private Object decode(String key, StoredState stored) {
        try {
            return codec.decode(stored);
        } catch (RuntimeException e) {
            throw new StorageException("could not read bot state '" + key + "': " + e.getMessage(), e);
        }
    }

    /** Writes one item and returns the row as it is now stored. */
    private StoredRow writeOne(Connection connection, String key, Object item) throws SQLException {
        if (item == null) {
            throw new IllegalArgumentException("bot state '" + key + "' cannot be written as null; delete it instead");
        }
        String newETag = UUID.randomUUID().toString();
        StoredState stored = codec.encode(item, newETag);
        String expectedETag = expectedETag(item);
        if (expectedETag == null && item instanceof Map<?, ?>) {
            // A state map without an eTag was read when nothing was stored: it may only create the row.
            // Another instance that began the same conversation at the same moment has written it first.
            if (!insert(connection, key, stored, newETag)) {
                throw new ETagConflictException(key, "(none: it was new)");
            }
        } else if (expectedETag == null || expectedETag.isEmpty() || ANY_ETAG.equals(expectedETag)) {
            overwrite(connection, key, stored, newETag);
        } else if (!replaceIfETagMatches(connection, key, stored, newETag, expectedETag)) {
            throw new ETagConflictException(key, expectedETag);
        }
        return new StoredRow(Optional.of(stored), newETag);
    }

    private static String expectedETag(Object item) {
        if (item instanceof StoreItem storeItem) {
            return storeItem.getETag();
        }
        if (item instanceof Map<?, ?> state && state.get(ETAG_KEY) instanceof String eTag) {
            return eTag;
        }
        return null;
    }

    private static boolean replaceIfETagMatches(
            Connection connection, String key, StoredState stored, String newETag, String expectedETag)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_IF_ETAG)) {
            bindUpdate(update, key, stored, newETag);
            update.setString(5, expectedETag);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Update, else insert; when another writer inserted the key between the two, its row is
     * overwritten as any other would be.
     */
    private static void overwrite(Connection connection, String key, StoredState stored, String newETag)
            throws SQLException {
        if (update(connection, key, stored, newETag) || insert(connection, key, stored, newETag)) {
            return;
        }
        if (!update(connection, key, stored, newETag)) {
            throw new StorageException("bot state '" + key + "' was inserted and deleted by others while writing it");
        }
    }

    /**
     * Inserts the row; false when the key is already stored. The savepoint keeps the transaction
     * usable after the refused insert (PostgreSQL aborts the whole transaction otherwise).
     */
    private static boolean insert(Connection connection, String key, StoredState stored, String newETag)
            throws SQLException {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, key);
            insert.setString(2, stored.typeName());
            insert.setString(3, stored.json());
            insert.setString(4, newETag);
            insert.executeUpdate();
            connection.releaseSavepoint(beforeInsert);
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeInsert);
            return false;
        }
    }

    private static boolean update(Connection connection, String key, StoredState stored, String newETag)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            bindUpdate(update, key, stored, newETag);
            return update.executeUpdate() == 1;
        }
    }

    private static void bindUpdate(PreparedStatement update, String key, StoredState stored, String newETag)
            throws SQLException {
        update.setString(1, stored.typeName());
        update.setString(2, stored.json());
        update.setString(3, newETag);
        update.setString(4, key);
    }

    /**
     * Runs a write of these keys; with rows kept, under the keys' locks, keeping {@code rows} (as filled in by
     * the write) once it committed, and forgetting the keys when it failed.
     */
    private void keeping(Set<String> keys, Map<String, StoredRow> rows, Runnable write) {
        if (kept.isEmpty()) {
            write.run();
            return;
        }
        KeptRows keptRows = kept.get();
        keptRows.locked(keys, () -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                keptRows.byKey.invalidateAll(keys);
                throw e;
            }
            keptRows.byKey.putAll(rows);
            return null;
        });
    }

    private void inTransaction(String action, SqlWork work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StorageException("could not " + action + " bot state: " + e.getMessage(), e);
        }
    }

    private static Set<String> distinct(String[] keys) {
        Set<String> unique = new LinkedHashSet<>();
        for (String key : keys) {
            unique.add(checkedKey(key));
        }
        return unique;
    }

    private static String checkedKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a bot state key cannot be empty");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("bot state key is " + key.length() + " characters long, more than "
                    + MAX_KEY_LENGTH + ": " + key.substring(0, 80) + "...");
        }
        return key;
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }
}
