package io.postkamer.bot.benchmarks;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Turn cost: requests per second and p50/p99 latency of a full turn through POST /api/messages
 * (expectReplies, demo tenant, H2 state, welcome card out) at 1, 8 and 64 concurrent conversations,
 * side by side with a bare echo bot on the same SDK, endpoint and storage (the floor), and with an echo that
 * also loads and saves its conversation state. The activities carry their tenant as Teams sends them.
 *
 * <p>Every bot is warmed up first (three rounds of 5 s each at 8 conversations). Each level is then measured in
 * two rounds, the bots in one order and then the other (2 s to settle, 6 s measured), and the two rounds are
 * pooled.
 *
 * <p>A benchmark, not a test: it asserts nothing and is excluded from {@code mvn verify}. Run it with
 * {@code mvn -B -pl bot -am verify -Dtest=TurnCostBenchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the table goes to standard output and to bot/target/benchmarks/turn-cost.md. To profile one bot, add
 * {@code -DargLine="-Dturncost.only=postkamer -Dturncost.conversations=64 -Dturncost.warmup-seconds=15"} (only:
 * {@code echo} matches both echoes) and a flight recording; a longer warm-up matters there, as the JIT needs it.
 */
@Tag("benchmark")
class TurnCostBenchmark {
    private static final int[] CONCURRENCY = {1, 8, 64};
    /** Teams names the tenant on every activity; the SDK's adapter does extra work for each one that does not. */
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private static final int WARM_UP_ROUNDS = 3;
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("turncost.warmup-seconds", 5));
    private static final int ROUNDS = 2;
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("turncost.measure-seconds", 6));

    /** The floor: the same pipeline, a bot that only answers "echo". */
    static final class EchoBot {
        @Bean
        @Primary
        Bot echoBot() {
            return new ActivityHandler() {
                @Override
                protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
                    return turnContext
                            .sendActivity(MessageFactory.text(
                                    "echo: " + turnContext.getActivity().getText()))
                            .thenApply(sent -> null);
                }
            };
        }
    }

    /**
     * The floor with state: the echo that also loads its conversation's state and saves it (unchanged),
     * as a Postkamer turn that shows a card does. Not part of the target; it shows how much of the
     * difference is the SDK's state handling rather than Postkamer's own work.
     */
    static final class StatefulEchoBot {
        @Bean
        @Primary
        Bot statefulEchoBot(ConversationState state) {
            StatePropertyAccessor<String> lastText = state.createProperty("lastText");
            return new ActivityHandler() {
                @Override
                protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
                    return lastText.get(turnContext, () -> "help")
                            .thenCompose(last -> turnContext.sendActivity(MessageFactory.text("echo: " + last)))
                            .thenCompose(sent -> state.saveChanges(turnContext));
                }
            };
        }
    }

    private record Result(String bot, int concurrency, double perSecond, double p50, double p99) {}

    /** One bot under load: its name and its application. */
    private record Subject(String name, ConfigurableApplicationContext app) {}

    @Test
    void turnCost(@TempDir Path postkamerData, @TempDir Path echoData, @TempDir Path statefulEchoData)
            throws Exception {
        List<Result> results = new ArrayList<>();
        try (ConfigurableApplicationContext postkamer = App.start("postkamer.data-dir=" + postkamerData);
                ConfigurableApplicationContext echo =
                        App.startWith(new Class<?>[] {EchoBot.class}, "postkamer.data-dir=" + echoData);
                ConfigurableApplicationContext statefulEcho = App.startWith(
                        new Class<?>[] {StatefulEchoBot.class}, "postkamer.data-dir=" + statefulEchoData)) {
            String only = System.getProperty("turncost.only", "");
            List<Subject> subjects = new ArrayList<>(List.of(
                    new Subject("echo", echo),
                    new Subject("postkamer", postkamer),
                    new Subject("echo + state", statefulEcho)));
            subjects.removeIf(subject -> !only.isEmpty() && !subject.name().startsWith(only));
            int[] levels = Integer.getInteger("turncost.conversations", 0) > 0
                    ? new int[] {Integer.getInteger("turncost.conversations")}
                    : CONCURRENCY;
            // The three share one JVM, so the code they share is compiled by whichever runs first: every bot is
            // warmed up before any is measured, and the rounds alternate their order so that none is always first.
            // The warm-up runs at 8 conversations: at 64 on two cores the request threads starve the JIT compiler
            // threads, and a minute later the code is still not compiled.
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (Subject subject : subjects) {
                    load(client(), App.url(subject.app(), "/api/messages"), 8, WARM_UP, new ArrayList<>());
                }
            }
            for (int concurrency : levels) {
                Map<String, List<Long>> latencies = new LinkedHashMap<>();
                Map<String, Double> seconds = new LinkedHashMap<>();
                for (int round = 0; round < ROUNDS; round++) {
                    List<Subject> order = new ArrayList<>(subjects);
                    if (round % 2 == 1) {
                        Collections.reverse(order);
                    }
                    for (Subject subject : order) {
                        List<Long> measured = latencies.computeIfAbsent(
                                subject.name(), name -> Collections.synchronizedList(new ArrayList<>()));
                        seconds.merge(subject.name(), run(subject.app(), concurrency, measured), Double::sum);
                    }
                }
                for (Subject subject : subjects) {
                    List<Long> sorted = new ArrayList<>(latencies.get(subject.name()));
                    Collections.sort(sorted);
                    results.add(new Result(
                            subject.name(),
                            concurrency,
                            sorted.size() / seconds.get(subject.name()),
                            percentile(sorted, 0.50),
                            percentile(sorted, 0.99)));
                }
            }
        }
        StringBuilder table =
                new StringBuilder("| bot | conversations | turns/s | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
        results.forEach(r -> table.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.0f | %.1f | %.1f |%n",
                r.bot(),
                r.concurrency(),
                r.perSecond(),
                r.p50(),
                r.p99())));
        for (int i = 0; results.size() % 3 == 0 && i < results.size(); i += 3) {
            Result floor = results.get(i);
            Result ours = results.get(i + 1);
            Result withState = results.get(i + 2);
            table.append(String.format(
                    Locale.ROOT,
                    "%nAt %d: throughput %.2f of echo, p99 %.2f times echo's"
                            + " (against the echo with state: %.2f and %.2f).",
                    ours.concurrency(),
                    ours.perSecond() / floor.perSecond(),
                    ours.p99() / floor.p99(),
                    ours.perSecond() / withState.perSecond(),
                    ours.p99() / withState.p99()));
        }
        System.out.println(table);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("turn-cost.md"), table + "\n");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4))
                .build();
    }

    /** A short warm-up at this level, then one measured stretch; returns the seconds it measured. */
    private static double run(ConfigurableApplicationContext app, int concurrency, List<Long> latencies)
            throws Exception {
        URI endpoint = App.url(app, "/api/messages");
        HttpClient http = client();
        load(http, endpoint, concurrency, SETTLE, new ArrayList<>());
        long started = System.nanoTime();
        load(http, endpoint, concurrency, MEASURE, latencies);
        return (System.nanoTime() - started) / 1e9;
    }

    /** Each of {@code concurrency} conversations says "help" again as soon as it has its answer. */
    private static void load(HttpClient http, URI endpoint, int concurrency, Duration length, List<Long> latencies)
            throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        ExecutorService users = Executors.newFixedThreadPool(concurrency);
        for (int user = 0; user < concurrency; user++) {
            String conversation = "bench-" + user + "-" + System.nanoTime();
            users.submit(() -> {
                while (System.nanoTime() < end) {
                    String body = Activities.expectReplies(Activities.inTenant(
                                    Activities.message(conversation, "user-" + conversation, "help", "en-US"),
                                    TENANT,
                                    true))
                            .toString();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(
                                HttpRequest.newBuilder(endpoint)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200) {
                            latencies.add(System.nanoTime() - sent);
                        }
                    } catch (IOException e) {
                        return null;
                    }
                }
                return null;
            });
        }
        users.shutdown();
        users.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS);
    }

    private static double percentile(List<Long> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1)) / 1e6;
    }
}
