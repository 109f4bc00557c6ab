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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * also loads and saves its conversation state.
 *
 * <p>A benchmark, not a test: it asserts nothing and is excluded from {@code mvn verify}. Run it with
 * {@code mvn -B -pl bot -am verify -Dtest=TurnCostBenchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the table goes to standard output and to bot/target/benchmarks/turn-cost.md.
 */
@Tag("benchmark")
class TurnCostBenchmark {
    private static final int[] CONCURRENCY = {1, 8, 64};
    private static final Duration WARM_UP = Duration.ofSeconds(4);
    private static final Duration MEASURE = Duration.ofSeconds(10);

    /** The floor: the same pipeline, a bot that only answers "echo". */
    static final class EchoBot {
        @Bean
        @Primary
        Bot echoBot() {
            return new ActivityHandler() {
                @Override
                protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
                    return turnContext.sendActivity(MessageFactory.text("echo: " + turnContext.getActivity().getText()))
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

    private record Result(String bot, int concurrency, double perSecond, double p50, double p99) {
    }

    @Test
    void turnCost(@TempDir Path postkamerData, @TempDir Path echoData, @TempDir Path statefulEchoData) throws Exception {
        List<Result> results = new ArrayList<>();
        try (ConfigurableApplicationContext postkamer = App.start("postkamer.data-dir=" + postkamerData);
             ConfigurableApplicationContext echo = App.startWith(new Class<?>[] {EchoBot.class},
                     "postkamer.data-dir=" + echoData);
             ConfigurableApplicationContext statefulEcho = App.startWith(new Class<?>[] {StatefulEchoBot.class},
                     "postkamer.data-dir=" + statefulEchoData)) {
            for (int concurrency : CONCURRENCY) {
                results.add(run("echo", echo, concurrency));
                results.add(run("postkamer", postkamer, concurrency));
                results.add(run("echo + state", statefulEcho, concurrency));
            }
        }
        StringBuilder table = new StringBuilder("| bot | conversations | turns/s | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
        results.forEach(r -> table.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f |%n", r.bot(),
                r.concurrency(), r.perSecond(), r.p50(), r.p99())));
        for (int i = 0; i < results.size(); i += 3) {
            Result floor = results.get(i);
            Result ours = results.get(i + 1);
            Result withState = results.get(i + 2);
            table.append(String.format(Locale.ROOT, "%nAt %d: throughput %.2f of echo, p99 %.2f times echo's"
                            + " (against the echo with state: %.2f and %.2f).",
                    ours.concurrency(), ours.perSecond() / floor.perSecond(), ours.p99() / floor.p99(),
                    ours.perSecond() / withState.perSecond(), ours.p99() / withState.p99()));
        }
        System.out.println(table);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("turn-cost.md"), table + "\n");
    }

    private static Result run(String name, ConfigurableApplicationContext app, int concurrency) throws Exception {
        URI endpoint = App.url(app, "/api/messages");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        load(http, endpoint, concurrency, WARM_UP, new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        load(http, endpoint, concurrency, MEASURE, latencies);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(name, concurrency, sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
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
                    String body = Activities.expectReplies(Activities.message(conversation, "user-" + conversation,
                            "help", "en-US")).toString();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(endpoint)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
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
        users.awaitTermination(length.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static double percentile(List<Long> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1)) / 1e6;
    }
}
