package io.postkamer.bot.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK's conversation state, same storage key and same stored map, with its per-turn cache kept
 * here. The SDK builds a new Jackson ObjectMapper for every state it loads, and serialises the whole
 * state with that cold mapper to know later whether it changed: a quarter of the CPU of a turn,
 * measured. This one hashes with one mapper for the life of the bot. Saving works as in the SDK: only
 * a changed state is written, and the storage's eTag check refuses a stale one.
 */
public final class LeanConversationState extends ConversationState {
    private static final ObjectMapper HASHING = new ObjectMapper().findAndRegisterModules();
    private static final String CACHE = LeanConversationState.class.getName();

    private final Storage storage;

    /** This turn's state as read, and how it looked then. */
    private static final class Loaded {
        private Map<String, Object> state;
        private String hash;

        Loaded(Map<String, Object> state) {
            this.state = state;
            this.hash = hash(state);
        }
    }

    public LeanConversationState(Storage storage) {
        super(storage);
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<Void> load(TurnContext turn, boolean force) {
        Loaded loaded = turn.getTurnState().get(CACHE);
        if (loaded != null && !force) {
            return CompletableFuture.completedFuture(null);
        }
        String key = getStorageKey(turn);
        return storage.read(new String[] {key}).thenApply(items -> {
            Object stored = items.get(key);
            Map<String, Object> state =
                    stored instanceof Map<?, ?> map ? (Map<String, Object>) map : new ConcurrentHashMap<>();
            turn.getTurnState().replace(CACHE, new Loaded(state));
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> saveChanges(TurnContext turn, boolean force) {
        Loaded loaded = turn.getTurnState().get(CACHE);
        if (loaded == null) {
            return CompletableFuture.completedFuture(null);
        }
        String now = hash(loaded.state);
        if (!force && now.equals(loaded.hash)) {
            return CompletableFuture.completedFuture(null);
        }
        return storage.write(Map.of(getStorageKey(turn), loaded.state)).thenApply(written -> {
            loaded.hash = hash(loaded.state);
            return null;
        });
    }

    /** Empties this turn's state; saving writes the empty state, as in the SDK. */
    @Override
    public CompletableFuture<Void> clearState(TurnContext turn) {
        Loaded cleared = new Loaded(new ConcurrentHashMap<>());
        cleared.hash = "";
        turn.getTurnState().replace(CACHE, cleared);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> delete(TurnContext turn) {
        return storage.delete(new String[] {getStorageKey(turn)}).thenApply(deleted -> {
            turn.getTurnState().remove(CACHE);
            return null;
        });
    }

    @Override
    public JsonNode get(TurnContext turn) {
        Loaded loaded = turn.getTurnState().get(CACHE);
        return HASHING.valueToTree(loaded == null ? Map.of() : loaded.state);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> CompletableFuture<T> getPropertyValue(TurnContext turn, String propertyName) {
        // The SDK's accessor asks for the value before its load has finished: load here if need be.
        return load(turn, false).thenApply(done -> (T) loaded(turn).state.get(propertyName));
    }

    @Override
    protected CompletableFuture<Void> setPropertyValue(TurnContext turn, String propertyName, Object value) {
        loaded(turn).state.put(propertyName, value);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> deletePropertyValue(TurnContext turn, String propertyName) {
        loaded(turn).state.remove(propertyName);
        return CompletableFuture.completedFuture(null);
    }

    private static Loaded loaded(TurnContext turn) {
        Loaded loaded = turn.getTurnState().get(CACHE);
        if (loaded == null) {
            throw new IllegalStateException("conversation state used before it was loaded");
        }
        return loaded;
    }

    private static String hash(Map<String, Object> state) {
        try {
            return HASHING.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
