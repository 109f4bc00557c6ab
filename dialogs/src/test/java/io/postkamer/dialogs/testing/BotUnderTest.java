package io.postkamer.dialogs.testing;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.FeatureStores;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditTrail;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.mailbox.MailboxService;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** A bot over a tenant and a storage, as the endpoint builds it, with short pauses between readiness checks. */
public final class BotUnderTest {
    /**
     * Short pauses; a change is always waited for within its turn, and nothing is checked after a turn
     * unless a test asks for it ({@link #FOLLOWING_UP}).
     */
    public static final BotSettings QUICK = new BotSettings(
            Duration.ofMillis(1),
            Duration.ofMillis(2),
            Duration.ofMillis(20),
            25,
            Duration.ofSeconds(60),
            Duration.ZERO);
    /** As {@link #QUICK}, and the bot checks on a new mailbox after the turn, for two seconds. */
    public static final BotSettings FOLLOWING_UP = new BotSettings(
            Duration.ofMillis(20),
            Duration.ofMillis(100),
            Duration.ofMillis(20),
            25,
            Duration.ofSeconds(60),
            Duration.ofSeconds(2));

    private static final Executor CALLS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-mailbox-call");
        thread.setDaemon(true);
        return thread;
    });

    private BotUnderTest() {}

    public static PostkamerBot over(MailboxService tenant, Storage storage) {
        return over(tenant, storage, QUICK, CALLS, new InMemoryAuditTrail());
    }

    /** With its audit trail at hand, to see what was recorded. */
    public static PostkamerBot over(MailboxService tenant, AuditTrail audit) {
        return over(tenant, new MemoryStorage(), QUICK, CALLS, audit);
    }

    /** With these settings, mailbox threads and audit; requests and reviews in memory, no turns of its own. */
    public static PostkamerBot over(
            MailboxService tenant, Storage storage, BotSettings settings, Executor calls, AuditTrail audit) {
        return new PostkamerBot(
                tenant,
                new ConversationState(storage),
                new UserState(storage),
                settings,
                calls,
                Clock.systemUTC(),
                Requests.inMemory().withAudit(audit),
                Reviews.inMemory(),
                Continuations.none());
    }

    /**
     * One instance of the application over stores the instances share (offboardings, copies offered): another
     * instance, or the same after a restart, is another bot over the same stores.
     */
    public static PostkamerBot instance(
            MailboxService tenant, BotSettings settings, AuditTrail audit, FeatureStores stores) {
        Storage storage = new MemoryStorage();
        return new PostkamerBot(
                tenant,
                new ConversationState(storage),
                new UserState(storage),
                settings,
                CALLS,
                Clock.systemUTC(),
                Requests.inMemory().withAudit(audit),
                Reviews.inMemory(),
                stores,
                Continuations.none());
    }

    /** A bot that takes turns of its own through the channel ({@link #FOLLOWING_UP}). */
    public static PostkamerBot following(MailboxService tenant, TestChannel channel) {
        Storage storage = new MemoryStorage();
        return new PostkamerBot(
                tenant,
                new ConversationState(storage),
                new UserState(storage),
                FOLLOWING_UP,
                CALLS,
                Clock.systemUTC(),
                Requests.inMemory(),
                Reviews.inMemory(),
                channel.continuations());
    }

    public static PostkamerBot over(MailboxService tenant) {
        return over(tenant, new MemoryStorage());
    }
}
