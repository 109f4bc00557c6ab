package io.postkamer.bot.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.backend.Microsoft365Transport;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.ChannelTokens;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The bot on the Microsoft 365 backend, as Teams drives it (channel tokens, the tenant on every activity),
 * against a stand-in of Graph and the Exchange admin API that answers every call after 100 ms, with 200, 2,000 and
 * 20,000 shared mailboxes and 20,000 people. For each everyday action: the remote calls it made (per admin) and how
 * long the answer took, with 1 admin and with 16 admins at once, each in their own chat.
 *
 * <p>Actions: {@code show shared mailboxes} (the list's first page), one finder keystroke, {@code open Postvak 000NN}
 * (by name), the overview's Open button (by id), and the create wizard's first button (a display name typed, an
 * address proposed). Each admin's first action of a run reads their roles (one Graph call, then kept for ten minutes).
 *
 * <p>A benchmark, not a test: it asserts nothing and is excluded from {@code mvn verify}. Run it with
 * {@code mvn -B -pl bot -am verify -Dtest=TenantScaleBenchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the table goes to standard output and to bot/target/benchmarks/tenant-scale.md. {@code -Dscale.sizes=200,2000}
 * runs fewer sizes.
 */
@Tag("benchmark")
class TenantScaleBenchmark {
    private static final String APP_ID = "7d1c9e4e-0000-4000-8000-00000000b0b5";
    private static final int PEOPLE = 20_000;
    private static final int CALL_MS = 100;
    private static final int[] ADMINS = {1, 16};
    private static final ChannelTokens TOKENS = new ChannelTokens();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private static FakeMicrosoft365 m365;

    /** Lets the client trust the stand-in's certificate; production has no such bean. */
    static class TrustTheFake {
        @Bean
        Microsoft365Transport microsoft365Transport() {
            return new Microsoft365Transport(m365.httpClient());
        }
    }

    /** One action by several admins at once: calls per admin, and how long the slowest waited. */
    record Measured(String action, int size, int admins, double callsPerAdmin, long answerMedianMs, long answerMaxMs) {}

    private WireMockServer channel;
    private ConfigurableApplicationContext app;
    private final List<Measured> results = new ArrayList<>();
    private final java.util.Map<String, String> lastAnswers = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void tenantScale(@TempDir Path data) throws Exception {
        int[] sizes = java.util.Arrays.stream(
                        System.getProperty("scale.sizes", "200,2000,20000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip()))
                .toArray();
        for (int size : sizes) {
            runAt(size, data.resolve("size-" + size));
        }
        String table = table();
        System.out.println(table);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("tenant-scale.md"), table);
    }

    private void runAt(int size, Path data) throws Exception {
        m365 = FakeMicrosoft365.start(ContosoAtScale.tenant(size, PEOPLE, 17));
        channel =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(64));
        channel.start();
        TOKENS.publishOn(channel);
        app = App.startWith(
                new Class<?>[] {TrustTheFake.class},
                "postkamer.data-dir=" + data,
                "postkamer.backend=microsoft365",
                "MicrosoftAppId=" + APP_ID,
                "MicrosoftAppPassword=secret",
                "postkamer.bot.openid-metadata-url=" + ChannelTokens.metadataUrl(channel),
                "postkamer.microsoft365.tenant-id="
                        + m365.tenant().organisation().tenantId(),
                "postkamer.microsoft365.client-id=" + FakeMicrosoft365.CLIENT_ID,
                "postkamer.microsoft365.client-secret=fake-secret",
                "postkamer.microsoft365.graph-base-url=" + m365.settings().graphBaseUrl(),
                "postkamer.microsoft365.exchange-base-url=" + m365.settings().exchangeBaseUrl(),
                "postkamer.microsoft365.authority=" + m365.settings().authority(),
                "logging.level.root=WARN");
        m365.server().setGlobalFixedDelay(CALL_MS);
        try {
            // Tokens fetched and the code compiled once, by an admin who is not measured (person 17).
            for (int round = 0; round < 3; round++) {
                String warm = "warm-" + size + "-" + round;
                send(message(warm, 16, "show shared mailboxes"));
                send(search(warm, 16, "Postvak 99" + round));
                send(message(warm, 16, "open Postvak 00017"));
                send(press(
                        warm,
                        16,
                        "manage.open",
                        JsonNodeFactory.instance.objectNode().put("mailbox", ContosoAtScale.mailboxId(18))));
            }
            for (int admins : ADMINS) {
                String run = size + "-" + admins;
                measure(
                        "show shared mailboxes",
                        size,
                        admins,
                        run,
                        admin -> message(run, admin, "show shared mailboxes"),
                        "Postvak");
                measure(
                        "finder keystroke",
                        size,
                        admins,
                        run,
                        admin -> search(run, admin, String.format(Locale.ROOT, "Postvak %04d", admin)),
                        null);
                measure(
                        "open Postvak 000NN (by name)",
                        size,
                        admins,
                        run,
                        admin -> message(run, admin, String.format(Locale.ROOT, "open Postvak %05d", admin + 1)),
                        "Postvak");
                measure(
                        "overview's Open button (by id)",
                        size,
                        admins,
                        run,
                        admin -> press(
                                run,
                                admin,
                                "manage.open",
                                JsonNodeFactory.instance
                                        .objectNode()
                                        .put("mailbox", ContosoAtScale.mailboxId(admin + 17))),
                        "Postvak");
                measure(
                        "wizard: create a shared mailbox",
                        size,
                        admins,
                        run,
                        admin -> message(run, admin, "create a shared mailbox"),
                        "What should it be called");
                measure(
                        "wizard: name typed, address proposed",
                        size,
                        admins,
                        run,
                        admin -> press(
                                run,
                                admin,
                                "next",
                                JsonNodeFactory.instance
                                        .objectNode()
                                        .put("token", lastToken(run, admin))
                                        .put("displayName", "Afdeling Schaal " + run + " " + admin)),
                        "afdeling.schaal");
            }
        } finally {
            app.close();
            channel.stop();
            m365.close();
        }
    }

    private void measure(
            String action, int size, int admins, String run, IntFunction<ObjectNode> activity, String answerText)
            throws Exception {
        m365.forgetRequests();
        ExecutorService pool = Executors.newFixedThreadPool(admins);
        List<Future<Long>> answered = new ArrayList<>();
        Instant start = Instant.now();
        for (int admin = 0; admin < admins; admin++) {
            ObjectNode sent = activity.apply(admin);
            int who = admin;
            answered.add(pool.submit(() -> {
                HttpResponse<String> response = send(sent);
                long took = Duration.between(start, Instant.now()).toMillis();
                lastAnswers.put(conversation(run, who), response.body());
                if (answerText != null && !response.body().contains(answerText)) {
                    throw new IllegalStateException(action + ": no '" + answerText + "' in " + response.body());
                }
                return took;
            }));
        }
        List<Long> answers = new ArrayList<>();
        for (Future<Long> done : answered) {
            answers.add(done.get());
        }
        pool.shutdown();
        long calls =
                m365.requests().stream().filter(request -> !request.isToken()).count();
        answers.sort(Comparator.naturalOrder());
        results.add(new Measured(
                action,
                size,
                admins,
                (double) calls / admins,
                answers.get(answers.size() / 2),
                answers.get(answers.size() - 1)));
        System.out.printf(
                Locale.ROOT,
                "%-40s %6d mailboxes %2d admins: %5.1f calls, answer %d / %d ms%n",
                action,
                size,
                admins,
                (double) calls / admins,
                answers.get(answers.size() / 2),
                answers.get(answers.size() - 1));
    }

    /** The step token of the last card the admin got, as the person's press would carry it. */
    private String lastToken(String run, int admin) {
        Matcher token = TOKEN.matcher(lastAnswers.getOrDefault(conversation(run, admin), ""));
        return token.find() ? token.group(1) : "";
    }

    private static String conversation(String run, int admin) {
        return "scale-" + run + "-" + admin;
    }

    private ObjectNode message(String run, int admin, String text) {
        return inTeams(Activities.message(conversation(run, admin), ContosoAtScale.personId(admin + 1), text, "en-US"));
    }

    private ObjectNode search(String run, int admin, String typed) {
        ObjectNode value = JsonNodeFactory.instance
                .objectNode()
                .put("dataset", "postkamer.mailboxes")
                .put("queryText", typed);
        value.putObject("queryOptions").put("top", 15);
        return inTeams(Activities.invoke(
                conversation(run, admin), ContosoAtScale.personId(admin + 1), "application/search", value, "en-US"));
    }

    private ObjectNode press(String run, int admin, String verb, ObjectNode data) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", verb)
                .set("data", data);
        value.put("trigger", "manual");
        return inTeams(Activities.invoke(
                conversation(run, admin), ContosoAtScale.personId(admin + 1), "adaptiveCard/action", value, "en-US"));
    }

    /**
     * As Teams sends it, but with the replies in the HTTP answer (expectReplies): posting them to a connector would
     * need the bot's own token from the Bot Framework's token service, which a benchmark never asks. The answer time
     * is then the time until the whole answer is there, which a Teams-mode answer never exceeds.
     */
    private ObjectNode inTeams(ObjectNode activity) {
        activity.put("serviceUrl", channel.baseUrl() + "/");
        Activities.inTenant(activity, m365.tenant().organisation().tenantId(), true);
        return Activities.expectReplies(activity);
    }

    private HttpResponse<String> send(ObjectNode activity) {
        HttpResponse<String> response =
                App.post(app, "/api/messages", activity.toString(), TOKENS.valid(APP_ID, channel.baseUrl() + "/"));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private String table() {
        StringBuilder table = new StringBuilder("""
                | action | shared mailboxes | admins at once | calls per admin | answer, median / slowest |
                |---|---|---|---|---|
                """);
        results.stream()
                .sorted(Comparator.comparing(Measured::action)
                        .thenComparing(Measured::admins)
                        .thenComparing(Measured::size))
                .forEach(m -> table.append(String.format(
                        Locale.ROOT,
                        "| %s | %,d | %d | %.1f | %d / %d ms |%n",
                        m.action(),
                        m.size(),
                        m.admins(),
                        m.callsPerAdmin(),
                        m.answerMedianMs(),
                        m.answerMaxMs())));
        return table.toString();
    }
}
