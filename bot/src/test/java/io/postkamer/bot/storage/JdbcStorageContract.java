package io.postkamer.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.StoreItem;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogSet;
import com.microsoft.bot.dialogs.DialogState;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.DialogTurnStatus;
import com.microsoft.bot.dialogs.WaterfallDialog;
import com.microsoft.bot.dialogs.WaterfallStep;
import com.microsoft.bot.dialogs.prompts.PromptOptions;
import com.microsoft.bot.dialogs.prompts.TextPrompt;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link JdbcStorage} must do. Subclasses provide the database; each
 * test starts from an empty, migrated table.
 */
abstract class JdbcStorageContract {

    private DataSource dataSource;
    private Storage storage;

    /** The database under test; the same one on every call within a test class. */
    protected abstract DataSource dataSource();

    /** The storage under test, on that database. */
    protected Storage storageOn(DataSource database) {
        return new JdbcStorage(database);
    }

    /** Whether other processes may write the database too; when not, every writer is the storage under test. */
    protected boolean sharesTheDatabase() {
        return true;
    }

    /** The storage of another writer: another instance on the same database, or this one when it is the only one. */
    private Storage another() {
        return sharesTheDatabase() ? new JdbcStorage(dataSource) : storage;
    }

    @BeforeEach
    void emptyMigratedTable() throws SQLException {
        dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).load().migrate();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM bot_state_item");
        }
        storage = storageOn(dataSource);
    }

    /** A typed item with values in slots declared as Object, list, map and time. */
    public record MailboxDraft(
            String address,
            Object detail,
            List<String> members,
            Map<String, Object> extra,
            OffsetDateTime requestedAt) {}

    public record Detail(String displayName, int size) {}

    /** A POJO with an eTag, as the SDK's own samples write. */
    public static class Counter implements StoreItem {
        private int count;
        private String eTag;

        public Counter() {}

        Counter(int count, String eTag) {
            this.count = count;
            this.eTag = eTag;
        }

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }

        @Override
        public String getETag() {
            return eTag;
        }

        @Override
        public void setETag(String withETag) {
            eTag = withETag;
        }
    }

    @Test
    @DisplayName("typed items come back as the same types with the same values")
    void typedItemsRoundTrip() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("quota", 50_000_000_000L);
        extra.put("price", new BigDecimal("12.50"));
        extra.put("nested", new Detail("Sales", 3));
        extra.put("flags", new ArrayList<>(List.of(true, false)));
        MailboxDraft draft = new MailboxDraft(
                "sales@contoso.example",
                new Detail("Sales NL", 2),
                new ArrayList<>(List.of("ann@contoso.example", "bob@contoso.example")),
                extra,
                OffsetDateTime.of(2026, 11, 24, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
        Map<String, Object> plainMap = new HashMap<>();
        plainMap.put("language", "nl");
        plainMap.put("count", 7);

        write(Map.of("draft", draft, "prefs", plainMap));
        Map<String, Object> read = read("draft", "prefs");

        assertThat(read.get("draft")).isInstanceOf(MailboxDraft.class).isEqualTo(draft);
        MailboxDraft back = (MailboxDraft) read.get("draft");
        assertThat(back.extra().get("quota")).isInstanceOf(Long.class);
        assertThat(back.extra().get("nested")).isInstanceOf(Detail.class);
        assertThat(read.get("prefs"))
                .isInstanceOf(HashMap.class)
                .asInstanceOf(MAP)
                .containsAllEntriesOf(plainMap)
                .containsKey("eTag")
                .hasSize(plainMap.size() + 1);
    }

    @Test
    @DisplayName("records holding List.of, Map.of and Set.of collections come back equal")
    void immutableCollectionsRoundTrip() {
        MailboxDraft draft = new MailboxDraft(
                "hr@contoso.example",
                Set.of("a", "b"),
                List.of("ann@contoso.example"),
                Map.of("rights", List.of("FullAccess", "SendAs")),
                null);

        write(Map.of("draft", draft));

        assertThat(read("draft").get("draft")).isEqualTo(draft);
    }

    @Test
    @DisplayName("reading keys that were never written returns nothing for them")
    void missingKeysReturnNothing() {
        write(Map.of("present", new Detail("here", 1)));

        assertThat(read("absent")).isEmpty();
        assertThat(read("absent", "present")).containsOnlyKeys("present");
        assertThat(storage.read(new String[0]).join()).isEmpty();
    }

    @Test
    @DisplayName("delete removes the items; deleting an unknown key is no error")
    void deleteRemovesItems() {
        write(Map.of("a", new Detail("a", 1), "b", new Detail("b", 2)));

        storage.delete(new String[] {"a", "never-written"}).join();

        assertThat(read("a", "b")).containsOnlyKeys("b");
    }

    @Test
    @DisplayName("every write of a StoreItem gives it a new eTag, which it carries when read")
    void newETagOnEveryWrite() {
        write(Map.of("counter", new Counter(1, null)));
        Counter first = (Counter) read("counter").get("counter");

        first.setCount(2);
        write(Map.of("counter", first));
        Counter second = (Counter) read("counter").get("counter");

        assertThat(first.getETag()).isNotBlank();
        assertThat(second.getETag()).isNotBlank().isNotEqualTo(first.getETag());
        assertThat(second.getCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("a write with a stale eTag fails with a clear message and leaves the stored item as it was")
    void staleETagIsRefused() {
        write(Map.of("counter", new Counter(1, null)));
        Counter mine = (Counter) read("counter").get("counter");
        Counter theirs = (Counter) read("counter").get("counter");
        theirs.setCount(10);
        write(Map.of("counter", theirs));

        mine.setCount(2);
        CompletableFuture<Void> stale = storage.write(Map.of("counter", mine));

        assertThatThrownBy(stale::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(ETagConflictException.class)
                .hasMessageContaining("eTag conflict on state 'counter'")
                .hasMessageContaining(mine.getETag());
        assertThat(((Counter) read("counter").get("counter")).getCount()).isEqualTo(10);
    }

    @Test
    @DisplayName("an eTag for an item deleted in the meantime is refused instead of bringing it back")
    void eTagOfDeletedItemIsRefused() {
        write(Map.of("counter", new Counter(1, null)));
        Counter mine = (Counter) read("counter").get("counter");
        storage.delete(new String[] {"counter"}).join();

        assertThatThrownBy(() -> storage.write(Map.of("counter", mine)).join())
                .cause()
                .isInstanceOf(ETagConflictException.class);
        assertThat(read("counter")).isEmpty();
    }

    @Test
    @DisplayName("a state map read when nothing was stored cannot overwrite what another instance stored first")
    void newStateMapDoesNotOverwrite() {
        assertThat(read("conversation/new"))
                .as("both instances find nothing stored")
                .isEmpty();
        Map<String, Object> mine = new HashMap<>();
        Map<String, Object> theirs = new HashMap<>();
        mine.put("step", "mine");
        theirs.put("step", "theirs");

        write(Map.of("conversation/new", theirs));

        assertThatThrownBy(() -> storage.write(Map.of("conversation/new", mine)).join())
                .cause()
                .isInstanceOf(ETagConflictException.class);
        assertThat(read("conversation/new").get("conversation/new"))
                .asInstanceOf(MAP)
                .containsEntry("step", "theirs");
    }

    @Test
    @DisplayName("eTag \"*\" or an empty eTag overwrites whatever is stored")
    void wildcardAndEmptyETagsOverwrite() {
        write(Map.of("counter", new Counter(1, null)));

        write(Map.of("counter", new Counter(2, "*")));
        assertThat(((Counter) read("counter").get("counter")).getCount()).isEqualTo(2);

        write(Map.of("counter", new Counter(3, "")));
        assertThat(((Counter) read("counter").get("counter")).getCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("when one item of a write conflicts, none of the items is written")
    void conflictingBatchWritesNothing() {
        write(Map.of("counter", new Counter(1, null)));
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("fresh", new Detail("new", 1));
        batch.put("counter", new Counter(2, "stale-etag"));

        assertThatThrownBy(() -> storage.write(batch).join()).cause().isInstanceOf(ETagConflictException.class);

        assertThat(read("fresh", "counter")).containsOnlyKeys("counter");
        assertThat(((Counter) read("counter").get("counter")).getCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("writers racing with the same eTag: exactly one wins, the others get a conflict")
    void concurrentWritersWithSameETag() throws Exception {
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < 10; round++) {
                write(Map.of("counter", new Counter(0, "*")));
                String eTag = ((Counter) read("counter").get("counter")).getETag();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int writer = 1; writer <= writers; writer++) {
                    Counter change = new Counter(writer, eTag);
                    Storage ownInstance = another();
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return wins(ownInstance.write(Map.of("counter", change)));
                    }));
                }
                start.countDown();
                List<Integer> winners = new ArrayList<>();
                for (int writer = 1; writer <= writers; writer++) {
                    if (outcomes.get(writer - 1).get()) {
                        winners.add(writer);
                    }
                }

                assertThat(winners).as("winners of round %d", round).hasSize(1);
                assertThat(((Counter) read("counter").get("counter")).getCount())
                        .isEqualTo(winners.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("writers racing to create the same new key with \"*\" all succeed and one value is kept")
    void concurrentCreatorsOfSameKey() throws Exception {
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < 10; round++) {
                String key = "new-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int writer = 1; writer <= writers; writer++) {
                    Counter change = new Counter(writer, "*");
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return wins(storage.write(Map.of(key, change)));
                    }));
                }
                start.countDown();
                for (Future<Boolean> outcome : outcomes) {
                    assertThat(outcome.get()).isTrue();
                }
                assertThat(((Counter) read(key).get(key)).getCount()).isBetween(1, writers);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("conversation and user state set through SDK accessors are read back by a new storage instance")
    void botStateSurvivesNewStorageInstance() {
        Turns turns = new Turns();
        TurnContext firstTurn = turns.message("conv-1", "user-1", "hello");
        ConversationState conversation = new ConversationState(another());
        UserState user = new UserState(another());
        conversation.load(firstTurn).join();
        user.load(firstTurn).join();
        conversation
                .<Detail>createProperty("draft")
                .set(firstTurn, new Detail("Sales", 4))
                .join();
        user.<String>createProperty("language").set(firstTurn, "nl").join();
        conversation.saveChanges(firstTurn).join();
        user.saveChanges(firstTurn).join();

        TurnContext laterTurn = turns.message("conv-1", "user-1", "again");
        ConversationState conversationAfter = new ConversationState(another());
        UserState userAfter = new UserState(another());
        conversationAfter.load(laterTurn).join();
        userAfter.load(laterTurn).join();

        assertThat(conversationAfter
                        .<Detail>createProperty("draft")
                        .get(laterTurn)
                        .join())
                .isEqualTo(new Detail("Sales", 4));
        assertThat(userAfter.<String>createProperty("language").get(laterTurn).join())
                .isEqualTo("nl");
    }

    @Test
    @DisplayName(
            "two instances saving the same conversation state read at the same time: the later one gets a conflict, the first change is kept")
    void botStateSavedByTwoInstancesConflicts() {
        Turns turns = new Turns();
        TurnContext setUp = turns.message("conv-race", "user-1", "hello");
        ConversationState first = new ConversationState(another());
        first.load(setUp).join();
        first.<String>createProperty("step").set(setUp, "name").join();
        first.saveChanges(setUp).join();

        TurnContext onA = turns.message("conv-race", "user-1", "on A");
        TurnContext onB = turns.message("conv-race", "user-1", "on B");
        ConversationState instanceA = new ConversationState(another());
        ConversationState instanceB = new ConversationState(another());
        instanceA.load(onA).join();
        instanceB.load(onB).join();
        instanceA.<String>createProperty("step").set(onA, "address by A").join();
        instanceB.<String>createProperty("step").set(onB, "address by B").join();
        instanceA.saveChanges(onA).join();

        assertThatThrownBy(() -> instanceB.saveChanges(onB).join()).hasCauseInstanceOf(ETagConflictException.class);
        TurnContext later = turns.message("conv-race", "user-1", "later");
        ConversationState reader = new ConversationState(another());
        reader.load(later).join();
        assertThat(reader.<String>createProperty("step").get(later).join()).isEqualTo("address by A");
    }

    @Test
    @DisplayName("a turn that saves its state twice does not conflict with itself")
    void botStateSavedTwiceInOneTurn() {
        Turns turns = new Turns();
        TurnContext setUp = turns.message("conv-twice", "user-1", "hello");
        ConversationState state = new ConversationState(another());
        state.load(setUp).join();
        state.<String>createProperty("step").set(setUp, "name").join();
        state.saveChanges(setUp).join();

        TurnContext turn = turns.message("conv-twice", "user-1", "next");
        ConversationState instance = new ConversationState(another());
        instance.load(turn).join();
        instance.<String>createProperty("step").set(turn, "address").join();
        instance.saveChanges(turn).join();
        instance.<String>createProperty("step").set(turn, "confirm").join();
        instance.saveChanges(turn).join();

        TurnContext later = turns.message("conv-twice", "user-1", "later");
        ConversationState reader = new ConversationState(another());
        reader.load(later).join();
        assertThat(reader.<String>createProperty("step").get(later).join()).isEqualTo("confirm");
    }

    @Test
    @DisplayName("a dialog waiting on a prompt continues on a new storage instance with its step values intact")
    void dialogStackSurvivesNewStorageInstance() {
        Turns turns = new Turns();
        TurnContext firstTurn = turns.message("conv-2", "user-1", "new shared mailbox");
        ConversationState before = new ConversationState(another());

        DialogTurnResult first = runTurn(before, firstTurn);

        assertThat(first.getStatus()).isEqualTo(DialogTurnStatus.WAITING);
        assertThat(turns.sentTexts()).containsExactly("Which name?");

        TurnContext secondTurn = turns.message("conv-2", "user-1", "Sales NL");
        ConversationState after = new ConversationState(another());

        DialogTurnResult second = runTurn(after, secondTurn);

        assertThat(second.getStatus()).isEqualTo(DialogTurnStatus.COMPLETE);
        assertThat(second.getResult()).isEqualTo(new Detail("Sales NL", 2));
    }

    @Test
    @DisplayName("a stored row naming a class outside the allowed packages is refused with a clear message")
    void foreignStoredTypeIsRefused() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO bot_state_item (item_key, item_type, etag, content) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, "planted");
            insert.setString(2, "javax.management.loading.MLet");
            insert.setString(3, "1");
            insert.setString(4, "{}");
            insert.executeUpdate();
        }

        assertThatThrownBy(() -> read("planted"))
                .cause()
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("'planted'")
                .hasMessageContaining("outside the allowed packages");
    }

    /** One turn of a two-step waterfall: ask a name, then finish with a typed result. */
    private static DialogTurnResult runTurn(ConversationState conversationState, TurnContext turn) {
        StatePropertyAccessor<DialogState> dialogState = conversationState.createProperty("DialogState");
        WaterfallStep askName = step -> {
            step.getValues().put("detail", new Detail("placeholder", 2));
            PromptOptions options = new PromptOptions();
            options.setPrompt(MessageFactory.text("Which name?"));
            return step.prompt("name", options);
        };
        WaterfallStep finish = step -> {
            Detail detail = (Detail) step.getValues().get("detail");
            return step.endDialog(new Detail((String) step.getResult(), detail.size()));
        };
        DialogSet dialogs = new DialogSet(dialogState)
                .add(new TextPrompt("name"))
                .add(new WaterfallDialog("create", List.of(askName, finish)));

        DialogContext context = dialogs.createContext(turn).join();
        DialogTurnResult result = context.continueDialog().join();
        if (result.getStatus() == DialogTurnStatus.EMPTY) {
            result = context.beginDialog("create").join();
        }
        conversationState.saveChanges(turn).join();
        return result;
    }

    private static boolean wins(CompletableFuture<Void> write) {
        try {
            write.join();
            return true;
        } catch (CompletionException e) {
            if (e.getCause() instanceof ETagConflictException) {
                return false;
            }
            throw e;
        }
    }

    private void write(Map<String, Object> changes) {
        storage.write(changes).join();
    }

    private Map<String, Object> read(String... keys) {
        return storage.read(keys).join();
    }
}
