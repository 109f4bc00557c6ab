package io.postkamer.benchmarks.grants;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.DemoTenantSettings;
import io.postkamer.mailbox.m365.Microsoft365MailboxService;
import io.postkamer.mailbox.m365.Microsoft365Settings;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk grants: Full Access and Send As for 500 members of one shared mailbox, through the real
 * Microsoft 365 client, with the Exchange stand-in answering every InvokeCommand 100 ms after it arrives and
 * 10% of them (seeded) with 429 and Retry-After: 1. The grants go as one batch, as the wizard sends
 * them; those that still fail after the client's own retries are run again, as the wizard's retry
 * button does, until none is left. Reports the wall time
 * against the least the per-mailbox concurrency limit allows, and what reached the tenant: each
 * right once, none lost, none twice.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.postkamer.benchmarks.grants.BulkGrantsBenchmark [members] [per-mailbox concurrency]}.
 */
public final class BulkGrantsBenchmark {
    private static final int EXCHANGE_DELAY_MS = 100;
    private static final double THROTTLED_SHARE = 0.10;
    private static final long SEED = 20261124L;
    private static final String MAILBOX = "receptie32@contoso.com";
    private static final List<Right> RIGHTS = List.of(Right.FULL_ACCESS, Right.SEND_AS);

    private BulkGrantsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int perMailbox = args.length > 1
                ? Integer.parseInt(args[1])
                : Microsoft365Settings.of("t", "c", new Microsoft365Settings.ClientSecret("s"))
                        .perMailboxConcurrency();
        Path seed = seedWith(members);
        DemoTenant tenant = DemoTenant.load(
                DemoTenantSettings.contoso().withSeed(seed.toString()).withProvisioningDelay(Duration.ZERO));
        try (FakeMicrosoft365 m365 = FakeMicrosoft365.start(tenant)) {
            Random random = new Random(SEED);
            AtomicInteger throttled = new AtomicInteger();
            m365.server()
                    .stubFor(post(urlPathMatching(".*/InvokeCommand"))
                            .atPriority(10)
                            .andMatching(request -> {
                                boolean hit;
                                synchronized (random) {
                                    hit = random.nextDouble() < THROTTLED_SHARE;
                                }
                                if (hit) {
                                    throttled.incrementAndGet();
                                }
                                return MatchResult.of(hit);
                            })
                            .willReturn(aResponse()
                                    .withStatus(429)
                                    .withHeader("Retry-After", "1")
                                    .withHeader("Content-Type", "application/json")
                                    .withBody(
                                            "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}")
                                    .withFixedDelay(EXCHANGE_DELAY_MS)));
            m365.server()
                    .stubFor(post(urlPathMatching(".*/InvokeCommand"))
                            .atPriority(50)
                            .willReturn(aResponse()
                                    .withTransformers(FakeMicrosoft365.TRANSFORMER)
                                    .withFixedDelay(EXCHANGE_DELAY_MS)));
            Microsoft365Settings settings = m365.settings()
                    .withPerMailboxConcurrency(perMailbox)
                    .withRetries(4, Duration.ofMillis(200), Duration.ofSeconds(5));
            Microsoft365MailboxService service = m365.newService(settings);
            String mailboxId = service.mailbox(MAILBOX).orElseThrow().id();
            List<String> people = tenant.people(members + 100).stream()
                    .map(p -> p.id())
                    .filter(id -> id.startsWith("b0000000-"))
                    .toList();
            int writesBefore = tenant.writes().size();
            m365.forgetRequests();
            throttled.set(0);

            // As the wizard does: one batch, then the failed ones again (its retry button) until none is left.
            List<RightToGrant> pending = new ArrayList<>();
            people.forEach(id -> RIGHTS.forEach(right -> pending.add(new RightToGrant(id, right, false))));
            int rounds = 0;
            long started = System.nanoTime();
            while (!pending.isEmpty() && rounds < 10) {
                rounds++;
                List<RightToGrant> failed = service.grantAll(mailboxId, pending).stream()
                        .filter(outcome -> outcome instanceof GrantOutcome.Failed)
                        .map(GrantOutcome::asked)
                        .toList();
                pending.clear();
                pending.addAll(failed);
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            SlotUse use = SlotUse.of(m365.server().getAllServeEvents());
            List<String> writes =
                    tenant.writes().subList(writesBefore, tenant.writes().size());
            Map<String, Long> perWrite =
                    writes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long duplicated = perWrite.values().stream().filter(n -> n > 1).count();
            long expected = (long) people.size() * RIGHTS.size();
            long lost = expected - perWrite.size();
            List<String> cmdlets = m365.cmdlets();
            long exchangeCalls = cmdlets.size();
            long addCalls = cmdlets.stream().filter(c -> c.startsWith("Add-")).count();
            double minimum = expected * EXCHANGE_DELAY_MS / 1000.0 / perMailbox;
            Map<String, Long> perCmdlet = cmdlets.stream()
                    .collect(Collectors.groupingBy(Function.identity(), java.util.TreeMap::new, Collectors.counting()));
            String report = String.format(
                    Locale.ROOT,
                    """
                    | what | figure |
                    |---|---|
                    | grants asked | %d (%d members x Full Access + Send As), per-mailbox concurrency %d |
                    | wall time | %.1f s, in %d round(s) |
                    | least the limit allows (%d writes x %d ms / %d) | %.1f s; ratio %.2f |
                    | Exchange calls | %d (%s); %d answered 429 |
                    | least for the calls made (%d x %d ms / %d) | %.1f s; ratio %.2f |
                    | tenant | %d rights written, %d lost, %d written twice |
                    | where the time went | first write after %.1f s (the batch's reads); the %d calls at once busy %.0f%% of the time from there to the last answer |
                    | the stand-in's own work | %.1f ms a call on average, inside its %d ms (it waits only what is left of them) |
                    """,
                    expected,
                    people.size(),
                    perMailbox,
                    seconds,
                    rounds,
                    expected,
                    EXCHANGE_DELAY_MS,
                    perMailbox,
                    minimum,
                    seconds / minimum,
                    exchangeCalls,
                    perCmdlet,
                    throttled.get(),
                    exchangeCalls,
                    EXCHANGE_DELAY_MS,
                    perMailbox,
                    exchangeCalls * EXCHANGE_DELAY_MS / 1000.0 / perMailbox,
                    seconds / (exchangeCalls * EXCHANGE_DELAY_MS / 1000.0 / perMailbox),
                    perWrite.size(),
                    lost,
                    duplicated,
                    use.firstWriteSeconds(),
                    perMailbox,
                    100 * use.busyShare(perMailbox),
                    use.ownWorkMillis(),
                    EXCHANGE_DELAY_MS);
            System.out.println(report);
            Path out = Path.of("benchmarks", "target", "results");
            Files.createDirectories(out);
            Files.writeString(out.resolve("bulk-grants.md"), report);
            if (addCalls < expected) {
                System.out.println("fewer Add- calls than grants: " + addCalls);
            }
        }
    }

    /** Contoso with {@code members} more people, ids b0000000-..., in a temporary seed file. */
    private static Path seedWith(int members) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode contoso;
        try (InputStream in = DemoTenant.class.getResourceAsStream("/demo-tenant/contoso.json")) {
            contoso = (ObjectNode) json.readTree(in);
        }
        ArrayNode people = (ArrayNode) contoso.get("people");
        for (int i = 0; i < members; i++) {
            String id = String.format(Locale.ROOT, "b0000000-0000-4000-8000-%012d", i);
            people.addObject()
                    .put("id", id)
                    .put("displayName", "Bulk Member " + i)
                    .put("userPrincipalName", "bulk.member." + i + "@contoso.com")
                    .put("mail", "bulk.member." + i + "@contoso.com")
                    .put("department", "Bulk")
                    .put("jobTitle", "Medewerker");
        }
        Path seed = Files.createTempFile("bulk-grants", ".json");
        seed.toFile().deleteOnExit();
        Files.writeString(seed, json.writeValueAsString(contoso), StandardCharsets.UTF_8);
        return seed;
    }

    /** How busy the per-mailbox limit kept Exchange, from the stand-in's own log of when each call came and how long it took. */
    private record SlotUse(double firstWriteSeconds, long busyMillis, long spanMillis, double ownWorkMillis) {
        static SlotUse of(List<ServeEvent> events) {
            List<ServeEvent> calls = events.stream()
                    .filter(e -> e.getRequest().getUrl().contains("/InvokeCommand"))
                    .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                    .toList();
            long first = calls.get(0).getRequest().getLoggedDate().getTime();
            long firstWrite = calls.stream()
                    .filter(e -> e.getRequest().getBodyAsString().contains("\"Add-"))
                    .mapToLong(e -> e.getRequest().getLoggedDate().getTime())
                    .min()
                    .orElse(first);
            long end = calls.stream()
                    .mapToLong(e -> e.getRequest().getLoggedDate().getTime()
                            + e.getTiming().getTotalTime())
                    .max()
                    .orElse(firstWrite);
            long busy = calls.stream()
                    .filter(e -> e.getRequest().getLoggedDate().getTime() >= firstWrite)
                    .mapToLong(e -> e.getTiming().getTotalTime())
                    .sum();
            double waited = calls.stream()
                    .filter(e -> e.getResponse().getStatus() != 429)
                    .mapToLong(e -> e.getTiming().getAddedDelay())
                    .average()
                    .orElse(EXCHANGE_DELAY_MS);
            return new SlotUse((firstWrite - first) / 1000.0, busy, end - firstWrite, EXCHANGE_DELAY_MS - waited);
        }

        double busyShare(int slots) {
            return spanMillis == 0 ? 0 : (double) busyMillis / (spanMillis * (double) slots);
        }
    }
}
