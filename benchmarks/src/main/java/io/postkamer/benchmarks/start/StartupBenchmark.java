package io.postkamer.benchmarks.start;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start: {@code java -jar bot/target/postkamer.jar} on two processors, on an empty data folder (H2,
 * demo tenant), timed from launching the process to the first {@code GET /actuator/health} that
 * answers UP. Each run is a new JVM; the bot is stopped after each.
 *
 * <p>Run from the repository root after {@code mvn -B -q -DskipTests package}:
 * {@code java -cp benchmarks/target/benchmarks.jar io.postkamer.benchmarks.start.StartupBenchmark [runs]}.
 */
public final class StartupBenchmark {
    private static final Path JAR = Path.of("bot", "target", "postkamer.jar");
    private static final Duration GIVE_UP = Duration.ofSeconds(90);

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(
                    JAR.toAbsolutePath() + " is missing: run mvn -B -q -DskipTests package first");
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            seconds.add(startOnce(http));
            System.out.printf(Locale.ROOT, "run %d: healthy after %.2f s%n", run, seconds.get(seconds.size() - 1));
        }
        List<Double> sorted = new ArrayList<>(seconds);
        sorted.sort(Double::compare);
        String report = String.format(
                Locale.ROOT,
                """
                | what | figure |
                |---|---|
                | cold start to healthy, 2 processors, %d runs | first %.2f s, median %.2f s, best %.2f s |
                | bot/target/postkamer.jar | %.0f MB |
                """,
                runs,
                seconds.get(0),
                sorted.get(sorted.size() / 2),
                sorted.get(0),
                Files.size(JAR) / 1024.0 / 1024.0);
        System.out.println(report);
        Path out = Path.of("benchmarks", "target", "results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("start.md"), report);
    }

    private static double startOnce(HttpClient http) throws Exception {
        Path data = Files.createTempDirectory("postkamer-start");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long launched = System.nanoTime();
        Process bot = new ProcessBuilder(
                        java,
                        "-XX:ActiveProcessorCount=2",
                        "-jar",
                        JAR.toString(),
                        "--server.port=" + port,
                        "--postkamer.data-dir=" + data,
                        "--postkamer.chat-page.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("bot.log").toFile())
                .start();
        try {
            URI health = URI.create("http://localhost:" + port + "/actuator/health");
            while (System.nanoTime() - launched < GIVE_UP.toNanos()) {
                if (!bot.isAlive()) {
                    throw new IllegalStateException("the bot stopped; see " + data.resolve("bot.log"));
                }
                try {
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(health)
                                    .timeout(Duration.ofSeconds(2))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                        return (System.nanoTime() - launched) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(25);
            }
            throw new IllegalStateException("not healthy within " + GIVE_UP + "; see " + data.resolve("bot.log"));
        } finally {
            bot.destroy();
            if (!bot.waitFor(20, TimeUnit.SECONDS)) {
                bot.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
