package io.postkamer.mailbox.m365;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tenant's call budget, shared by every conversation that uses one client: calls at once, calls a second, and a
 * Retry-After that one call received holds for all of them.
 */
class CallBudgetTest {
    private static final Duration CALL = Duration.ofMillis(150);
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoAtScale.tenant(100, 10));
    private final ExecutorService admins = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        admins.shutdownNow();
        m365.close();
    }

    private Microsoft365MailboxService serviceWithin(CallBudget.Limits exchange) {
        CallBudget budget = new CallBudget(
                Map.of(CallBudget.EXCHANGE, exchange), new LocalCallSlots(), Duration.ofSeconds(30), Clock.systemUTC());
        Microsoft365MailboxService service = Microsoft365MailboxService.builder(m365.settings())
                .httpClient(m365.httpClient())
                .callBudget(budget)
                .build();
        service.organisation();
        return service;
    }

    /** Eight admins type a different name at the same moment. */
    private void eightAdminsSearchAtOnce(Microsoft365MailboxService service) throws Exception {
        List<Future<?>> searches = new ArrayList<>();
        for (int admin = 0; admin < 8; admin++) {
            String typed = "Postvak 000" + admin;
            searches.add(admins.submit(() -> service.findSharedMailboxes(typed, 5)));
        }
        for (Future<?> search : searches) {
            search.get();
        }
    }

    private List<ServeEvent> exchangeCalls() {
        return m365.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().contains("/InvokeCommand"))
                .filter(event -> event.getRequest().getBodyAsString().contains("\"Anr\""))
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .toList();
    }

    /** The most calls that were being answered at one moment: each from its arrival, for the {@link #CALL} it takes. */
    private static int mostAtOnce(List<ServeEvent> calls) {
        List<long[]> spans = calls.stream()
                .map(event -> new long[] {
                    event.getRequest().getLoggedDate().getTime(),
                    event.getRequest().getLoggedDate().getTime() + CALL.toMillis() - 5
                })
                .toList();
        int most = 0;
        for (long[] span : spans) {
            long moment = span[0];
            int atOnce = (int) spans.stream()
                    .filter(other -> other[0] <= moment && other[1] > moment)
                    .count();
            most = Math.max(most, atOnce);
        }
        return most;
    }

    @Test
    @DisplayName("eight searches at once reach Exchange at most two at a time when the budget says two")
    void concurrencyIsShared() throws Exception {
        Microsoft365MailboxService service = serviceWithin(new CallBudget.Limits(2, new CallSlots.Rate(1_000, 1_000)));
        m365.server().setGlobalFixedDelay((int) CALL.toMillis());
        m365.forgetRequests();

        eightAdminsSearchAtOnce(service);

        assertThat(exchangeCalls()).hasSize(8);
        assertThat(mostAtOnce(exchangeCalls())).isBetween(1, 2);
    }

    @Test
    @DisplayName("at five calls a second with a burst of two, eight searches take at least 1.2 s, all of them answered")
    void rateIsShared() throws Exception {
        Microsoft365MailboxService service = serviceWithin(new CallBudget.Limits(8, new CallSlots.Rate(5, 2)));
        m365.forgetRequests();
        Instant start = Instant.now();

        eightAdminsSearchAtOnce(service);

        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(1_150));
        List<ServeEvent> calls = exchangeCalls();
        assertThat(calls).hasSize(8);
        long first = calls.get(0).getRequest().getLoggedDate().getTime();
        long last = calls.get(7).getRequest().getLoggedDate().getTime();
        assertThat(last - first).as("six calls after the burst, 200 ms apart").isGreaterThanOrEqualTo(1_100);
    }

    @Test
    @DisplayName("a 429 with Retry-After: 1 to one search holds every other search for that second")
    void retryAfterHoldsForEveryone() throws Exception {
        Microsoft365MailboxService service = serviceWithin(new CallBudget.Limits(8, new CallSlots.Rate(1_000, 1_000)));
        m365.server()
                .stubFor(post(urlPathMatching(".*/InvokeCommand"))
                        .withRequestBody(matchingJsonPath(
                                "$.CmdletInput.Parameters.Anr",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Postvak 0000")))
                        .atPriority(1)
                        .inScenario("throttled")
                        .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                        .willSetStateTo("answered")
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        m365.forgetRequests();
        Future<?> first = admins.submit(() -> service.findSharedMailboxes("Postvak 0000", 5));
        Thread.sleep(300);
        Instant othersStart = Instant.now();
        List<Future<?>> others = new ArrayList<>();
        for (int admin = 1; admin < 4; admin++) {
            String typed = "Postvak 000" + admin;
            others.add(admins.submit(() -> service.findSharedMailboxes(typed, 5)));
        }
        first.get();
        for (Future<?> other : others) {
            other.get();
        }

        List<ServeEvent> calls = exchangeCalls();
        ServeEvent refused = calls.stream()
                .filter(event -> event.getResponse().getStatus() == 429)
                .findFirst()
                .orElseThrow();
        long heldUntil = refused.getRequest().getLoggedDate().getTime() + 1_000;
        assertThat(calls.stream()
                        .filter(event -> event != refused)
                        .map(event -> event.getRequest().getLoggedDate().getTime()))
                .as("no call in the second Exchange asked for")
                .allSatisfy(at -> assertThat(at).isGreaterThanOrEqualTo(heldUntil - 20));
        assertThat(Duration.between(othersStart, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }
}
