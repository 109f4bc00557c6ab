package io.postkamer.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import io.postkamer.bot.storage.JdbcStorageContract.Detail;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeanConversationStateTest {

    /** The SDK's in-memory storage, counting writes. */
    private static final class CountingStorage implements Storage {
        private final MemoryStorage memory = new MemoryStorage();
        private final AtomicInteger writes = new AtomicInteger();

        @Override
        public CompletableFuture<Map<String, Object>> read(String[] keys) {
            return memory.read(keys);
        }

        @Override
        public CompletableFuture<Void> write(Map<String, Object> changes) {
            writes.incrementAndGet();
            return memory.write(changes);
        }

        @Override
        public CompletableFuture<Void> delete(String[] keys) {
            return memory.delete(keys);
        }
    }

    private final CountingStorage storage = new CountingStorage();
    private final Turns turns = new Turns();

    private static <T> T read(ConversationState state, TurnContext turn, String property) {
        state.load(turn).join();
        StatePropertyAccessor<T> accessor = state.createProperty(property);
        return accessor.get(turn).join();
    }

    @Test
    @DisplayName("what it saves the SDK's conversation state reads back, and the other way round: same key, same shape")
    void sameStoredStateAsTheSdk() {
        LeanConversationState lean = new LeanConversationState(storage);
        TurnContext first = turns.message("conv-1", "user-1", "hello");
        lean.<Detail>createProperty("draft")
                .set(first, new Detail("Finance", 5))
                .join();
        lean.saveChanges(first).join();

        ConversationState sdk = new ConversationState(storage);
        TurnContext second = turns.message("conv-1", "user-1", "again");
        assertThat(LeanConversationStateTest.<Detail>read(sdk, second, "draft")).isEqualTo(new Detail("Finance", 5));
        sdk.<String>createProperty("language").set(second, "nl").join();
        sdk.saveChanges(second).join();

        TurnContext third = turns.message("conv-1", "user-1", "once more");
        assertThat(LeanConversationStateTest.<String>read(new LeanConversationState(storage), third, "language"))
                .isEqualTo("nl");
    }

    @Test
    @DisplayName("a turn that changes nothing writes nothing; one that changes something writes once")
    void onlyChangesAreWritten() {
        LeanConversationState state = new LeanConversationState(storage);
        TurnContext first = turns.message("conv-2", "user-2", "hello");
        StatePropertyAccessor<Detail> draft = state.createProperty("draft");
        draft.get(first, () -> new Detail("Sales", 1)).join();
        state.saveChanges(first).join();
        assertThat(storage.writes).hasValue(1);

        TurnContext quiet = turns.message("conv-2", "user-2", "help");
        assertThat(draft.get(quiet, () -> new Detail("other", 0)).join()).isEqualTo(new Detail("Sales", 1));
        state.saveChanges(quiet).join();
        assertThat(storage.writes).as("read, not changed").hasValue(1);

        TurnContext busy = turns.message("conv-2", "user-2", "next");
        draft.set(busy, new Detail("Sales", 2)).join();
        state.saveChanges(busy).join();
        state.saveChanges(busy).join();
        assertThat(storage.writes).as("changed, saved twice in the turn").hasValue(2);

        TurnContext after = turns.message("conv-2", "user-2", "check");
        assertThat(draft.get(after).join()).isEqualTo(new Detail("Sales", 2));
        draft.delete(after).join();
        state.saveChanges(after).join();
        assertThat(LeanConversationStateTest.<Detail>read(state, turns.message("conv-2", "user-2", "gone"), "draft"))
                .isNull();
    }
}
