package io.postkamer.bot.benchmarks;

import io.postkamer.bot.benchmarks.HealthReportBenchmark.LocalChannel;
import io.postkamer.bot.benchmarks.HealthReportBenchmark.Received2;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365.Received;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The steps of a conversation on the Microsoft 365 stand-in, each measured as a person sees it: how soon the first
 * answer comes, when the awaited card is shown, and the calls to Exchange and Graph in between; then as a table.
 */
final class StepMeasurements {
    record Measured(String step, long answerMs, long doneMs, long exchange, long graph, long batched) {}

    private final List<Measured> results = new ArrayList<>();

    /** Runs {@code action} and waits up to twenty minutes for a card containing {@code awaited}. */
    Received2 measure(FakeMicrosoft365 m365, LocalChannel channel, String step, String awaited, Runnable action) {
        m365.forgetRequests();
        int before = channel.received.size();
        Instant start = Instant.now();
        action.run();
        long answered = Duration.between(start, channel.firstAfter(before)).toMillis();
        Received2 shown = channel.awaitCard(before, awaited, Duration.ofMinutes(20));
        List<Received> requests =
                m365.requests().stream().filter(request -> !request.isToken()).toList();
        Measured measured = new Measured(
                step,
                answered,
                Duration.between(start, shown.at()).toMillis(),
                requests.stream().filter(Received::isExchange).count(),
                requests.stream().filter(Received::isGraph).count(),
                requests.stream()
                        .filter(request -> request.url().equals("/v1.0/$batch"))
                        .mapToLong(request -> request.body().path("requests").size())
                        .sum());
        results.add(measured);
        System.out.println(measured);
        return shown;
    }

    /** The steps measured so far, under this heading. */
    String table(String heading) {
        StringBuilder table = new StringBuilder(heading).append("""

                        | step | first answer | shown | Exchange calls | Graph calls (requests in $batch) |
                        |---|---|---|---|---|
                        """);
        results.forEach(m -> table.append(String.format(
                Locale.ROOT,
                "| %s | %,d ms | %,d ms | %,d | %,d (%,d) |%n",
                m.step(),
                m.answerMs(),
                m.doneMs(),
                m.exchange(),
                m.graph(),
                m.batched())));
        return table.toString();
    }
}
