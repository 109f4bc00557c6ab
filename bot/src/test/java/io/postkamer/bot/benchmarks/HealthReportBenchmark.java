package io.postkamer.bot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.common.MailboxThreads;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.mailbox.Contoso;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A whole health report of a tenant of 2,000 shared mailboxes and 20,000 people, on the Microsoft 365 client against
 * the stand-in of Graph and the Exchange admin API answering every call after 100 ms (as {@link TenantScaleBenchmark}):
 * how soon the person has an answer (the progress), how long until the report replaces it, and the calls it took;
 * then the report asked again (kept) and a fix.
 *
 * <p>The bot runs in this process behind a channel of its own that keeps what the bot sends and changes (no HTTP
 * endpoint: the report arrives in a turn the bot takes on its own, and through the application that turn would post
 * to a connector with a token from the Bot Framework's token service, which a benchmark never asks).
 *
 * <p>A benchmark, not a test: it asserts nothing and is excluded from {@code mvn verify}. Run it with
 * {@code mvn -B -pl bot -am verify -Dtest=HealthReportBenchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the table goes to standard output and to bot/target/benchmarks/health-report.md. {@code -Dhealth.mailboxes=200}
 * runs a smaller tenant.
 */
@Tag("benchmark")
class HealthReportBenchmark {
    private static final int PEOPLE = 20_000;
    private static final int CALL_MS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One step: how soon it answered, how long until it was done, and the remote calls it made. */
    record Measured(String step, long answerMs, long doneMs, long exchange, long graph, long batched, int updates) {}

    private final List<Measured> results = new ArrayList<>();

    @Test
    void wholeReport() throws Exception {
        int mailboxes = Integer.getInteger("health.mailboxes", 2_000);
        try (FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoAtScale.tenant(mailboxes, PEOPLE, 17))) {
            ExecutorService threads = MailboxThreads.pool(MailboxThreads.DEFAULT_SIZE);
            LocalChannel channel = LocalChannel.withBot(m365.newService(), threads);
            m365.server().setGlobalFixedDelay(CALL_MS);

            measure(
                    m365,
                    channel,
                    String.format(Locale.ROOT, "health report (%,d + 4 shared mailboxes read)", mailboxes),
                    "health report");
            measure(m365, channel, "health report again (kept)", "health report");
            measure(m365, channel, "a fix: block sign-in for Facturen, confirmed", null);
            threads.shutdown();
        }
        String table = table(mailboxes);
        System.out.println(table);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("health-report.md"), table);
    }

    private void measure(FakeMicrosoft365 m365, LocalChannel channel, String step, String typed) {
        m365.forgetRequests();
        int before = channel.received.size();
        Instant start = Instant.now();
        if (typed != null) {
            channel.say("health", typed);
        } else {
            channel.press("health", "health.block", "{\"mailbox\":\"" + Contoso.FACTUREN + "\",\"confirmed\":true}");
        }
        long answered = Duration.between(start, channel.firstAfter(before)).toMillis();
        Instant report = channel.awaitReport(before, Duration.ofMinutes(Long.getLong("health.waitMinutes", 20)));
        long done = Duration.between(start, report).toMillis();
        List<Received> requests =
                m365.requests().stream().filter(request -> !request.isToken()).toList();
        long batched = requests.stream()
                .filter(request -> request.url().equals("/v1.0/$batch"))
                .mapToLong(request -> request.body().path("requests").size())
                .sum();
        int updates = (int) channel.received.subList(before, channel.received.size()).stream()
                .filter(Received2::update)
                .count();
        Measured measured = new Measured(
                step,
                answered,
                done,
                requests.stream().filter(Received::isExchange).count(),
                requests.stream().filter(Received::isGraph).count(),
                batched,
                updates);
        results.add(measured);
        System.out.println(measured);
    }

    private String table(int mailboxes) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
                %,d shared mailboxes (and the seed's 4), %,d people, every call answered after %d ms:

                | step | first answer | report shown | Exchange calls | Graph calls (requests in $batch) | card updates |
                |---|---|---|---|---|---|
                """, mailboxes, PEOPLE, CALL_MS));
        results.forEach(m -> table.append(String.format(
                Locale.ROOT,
                "| %s | %,d ms | %,d ms | %,d | %,d (%,d) | %d |%n",
                m.step(),
                m.answerMs(),
                m.doneMs(),
                m.exchange(),
                m.graph(),
                m.batched(),
                m.updates())));
        return table.toString();
    }

    /** What reached the conversation: a new activity or an update of one, and when. */
    record Received2(boolean update, Activity activity, Instant at) {}

    /** A channel in this process: keeps what the bot sends and changes, and takes the bot's own turns. */
    static final class LocalChannel extends BotAdapter {
        final List<Received2> received = new CopyOnWriteArrayList<>();
        private final AtomicInteger ids = new AtomicInteger();
        PostkamerBot bot;

        /**
         * A bot over this service, with the default settings and its stores in memory, answering here; warmed up
         * (tokens fetched, the administrator's roles read, the code loaded) before anything is measured.
         */
        static LocalChannel withBot(MailboxService service, Executor threads) {
            LocalChannel channel = new LocalChannel();
            MemoryStorage storage = new MemoryStorage();
            channel.bot = new PostkamerBot(
                    service,
                    new ConversationState(storage),
                    new UserState(storage),
                    BotSettings.defaults(),
                    threads,
                    Clock.systemUTC(),
                    Requests.inMemory(),
                    Reviews.inMemory(),
                    channel::continueConversation);
            channel.say("warm-up", "help");
            return channel;
        }

        void say(String conversation, String text) {
            Activity message = activity(conversation, ActivityTypes.MESSAGE);
            message.setText(text);
            run(message);
        }

        void press(String conversation, String verb, String data) {
            Activity invoke = activity(conversation, ActivityTypes.INVOKE);
            invoke.setName("adaptiveCard/action");
            try {
                JsonNode value = JSON.readTree("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"" + verb
                        + "\",\"data\":" + data + "},\"trigger\":\"manual\"}");
                invoke.setValue(value);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            run(invoke);
        }

        private void run(Activity activity) {
            TurnContextImpl turn = new TurnContextImpl(this, activity);
            runPipeline(turn, bot::onTurn).join();
        }

        Instant firstAfter(int before) {
            return received.size() > before ? received.get(before).at() : Instant.now();
        }

        /** When a card with the report reached the conversation, after the first {@code before} receipts. */
        Instant awaitReport(int before, Duration atMost) {
            return awaitCard(before, "Health of the shared mailboxes", atMost).at();
        }

        /** The first card with this text to reach the conversation after the first {@code before} receipts. */
        Received2 awaitCard(int before, String text, Duration atMost) {
            Instant deadline = Instant.now().plus(atMost);
            while (Instant.now().isBefore(deadline)) {
                for (Received2 r : received.subList(before, received.size())) {
                    if (cards(r.activity()).contains(text)) {
                        return r;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new IllegalStateException("no card with \"" + text + "\" within " + atMost + "; received "
                    + received.subList(before, received.size()).stream()
                            .map(r -> r.update() + " " + r.activity().getText() + " "
                                    + r.activity().getAttachments())
                            .toList());
        }

        static String cards(Activity activity) {
            if (activity.isType(ActivityTypes.INVOKE_RESPONSE)) {
                return JSON.valueToTree(activity.getValue()).toString();
            }
            return activity.getAttachments() == null
                    ? ""
                    : activity.getAttachments().stream()
                            .map(attachment -> String.valueOf(attachment.getContent()))
                            .toList()
                            .toString();
        }

        CompletableFuture<Void> continueConversation(ConversationReference reference, BotCallbackHandler callback) {
            TurnContext turn = new TurnContextImpl(this, reference.getContinuationActivity());
            return runPipeline(turn, callback);
        }

        @Override
        public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
            List<ResourceResponse> responses = new ArrayList<>();
            for (Activity activity : activities) {
                if (activity.isType(ActivityTypes.INVOKE_RESPONSE)) {
                    received.add(new Received2(false, activity, Instant.now()));
                    responses.add(new ResourceResponse(""));
                    continue;
                }
                String id = "a-" + ids.incrementAndGet();
                activity.setId(id);
                received.add(new Received2(false, activity, Instant.now()));
                responses.add(new ResourceResponse(id));
            }
            return CompletableFuture.completedFuture(responses.toArray(ResourceResponse[]::new));
        }

        @Override
        public CompletableFuture<ResourceResponse> updateActivity(TurnContext context, Activity activity) {
            received.add(new Received2(true, activity, Instant.now()));
            return CompletableFuture.completedFuture(new ResourceResponse(activity.getId()));
        }

        @Override
        public CompletableFuture<Void> deleteActivity(TurnContext context, ConversationReference reference) {
            return CompletableFuture.completedFuture(null);
        }

        private Activity activity(String conversation, String type) {
            Activity activity = new Activity(type);
            activity.setId("in-" + ids.incrementAndGet());
            activity.setChannelId("msteams");
            activity.setServiceUrl("https://smba.example.test/emea/");
            ChannelAccount from = new ChannelAccount("29:" + Contoso.MEGAN, "Megan Bowen");
            from.setAadObjectId(Contoso.MEGAN);
            activity.setFrom(from);
            activity.setRecipient(new ChannelAccount("28:postkamer", "Postkamer"));
            ConversationAccount account = new ConversationAccount();
            account.setId(conversation);
            account.setTenantId(Contoso.TENANT_ID);
            activity.setConversation(account);
            activity.setLocale("en-US");
            return activity;
        }
    }
}
