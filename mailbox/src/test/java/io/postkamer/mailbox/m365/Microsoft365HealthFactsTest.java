package io.postkamer.mailbox.m365;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.mailbox.Contoso.DELETED_ACCOUNT;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.KLANTENSERVICE;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.TenantHealthFacts;
import io.postkamer.mailbox.TrusteeStatus;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365.Received;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a health read costs on Microsoft 365, and how it behaves when Exchange throttles or an answer is lost. */
class Microsoft365HealthFactsTest {
    private FakeMicrosoft365 m365 = FakeMicrosoft365.start(DemoTenant.contoso());
    private final List<RetryNotice> retries = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        m365.close();
    }

    private Microsoft365MailboxService service(Microsoft365Settings settings) {
        return Microsoft365MailboxService.builder(settings)
                .httpClient(m365.httpClient())
                .onRetry(retries::add)
                .build();
    }

    private Microsoft365MailboxService service() {
        return service(m365.settings());
    }

    private static MappingBuilder cmdlet(String name) {
        return post(urlPathMatching(".*/InvokeCommand"))
                .withRequestBody(matchingJsonPath("$.CmdletInput.CmdletName", equalTo(name)));
    }

    private long count(String cmdlet) {
        return m365.cmdlets().stream().filter(cmdlet::equals).count();
    }

    private List<Received> graph() {
        return m365.requests().stream().filter(Received::isGraph).toList();
    }

    @Test
    @DisplayName("Contoso's health: one page of shared mailboxes, three reads per mailbox, and every account and"
            + " trustee in Graph batches, none looked up one by one")
    void readInBulk() {
        Microsoft365MailboxService service = service();
        service.organisation();
        m365.forgetRequests();

        TenantHealthFacts facts = service.healthFacts(HealthScan.wholeTenant());

        assertThat(facts.mailboxes()).hasSize(4);
        assertThat(count("Get-Mailbox")).isEqualTo(1);
        assertThat(count("Get-MailboxStatistics")).isEqualTo(4);
        assertThat(count("Get-MailboxPermission")).isEqualTo(4);
        assertThat(count("Get-RecipientPermission")).isEqualTo(4);
        assertThat(count("Get-Recipient")).as("no trustee resolved one by one").isZero();
        assertThat(graph())
                .as("the licences' names once, then only batches")
                .allSatisfy(request -> assertThat(request.url()).matches("/v1\\.0/(\\$batch|subscribedSkus.*)"));
        assertThat(graph().stream().filter(request -> request.url().startsWith("/v1.0/subscribedSkus")))
                .hasSize(1);
        assertThat(graph().stream().filter(request -> request.url().equals("/v1.0/$batch")))
                .as("the accounts, the trustees by sign-in name, the group by its name")
                .hasSize(3);
    }

    @Test
    @DisplayName("104 shared mailboxes: Exchange calls grow by three a mailbox, Graph by a batch per twenty, each batch"
            + " at most twenty requests")
    void callsGrowWithTheMailboxesOnly() {
        m365.close();
        m365 = FakeMicrosoft365.start(ContosoAtScale.tenant(100, 300));
        Microsoft365MailboxService service = service();
        service.organisation();
        m365.forgetRequests();

        TenantHealthFacts facts = service.healthFacts(HealthScan.wholeTenant());

        assertThat(facts.mailboxes()).hasSize(104);
        assertThat(m365.cmdlets()).hasSize(1 + 3 * 104);
        assertThat(count("Get-Recipient")).isZero();
        List<Received> batches = graph().stream()
                .filter(request -> request.url().equals("/v1.0/$batch"))
                .toList();
        assertThat(batches)
                .allSatisfy(batch ->
                        assertThat(batch.body().path("requests").size()).isBetween(1, 20));
        // 104 accounts; 101 people and the seed's 8 by sign-in name; one group by its name.
        assertThat(batches).hasSize(6 + 6 + 1);
        assertThat(graph()).hasSize(batches.size() + 1);
    }

    @Test
    @DisplayName("a 429 with Retry-After on a mailbox's permissions is waited out and read again; the facts are whole")
    void throttledReadIsWaitedOut() {
        TenantHealthFacts calm = service().healthFacts(HealthScan.wholeTenant());
        m365.server()
                .stubFor(
                        cmdlet("Get-MailboxPermission")
                                .atPriority(1)
                                .inScenario("throttle")
                                .whenScenarioStateIs(Scenario.STARTED)
                                .willSetStateTo("answered")
                                .willReturn(
                                        aResponse()
                                                .withStatus(429)
                                                .withHeader("Retry-After", "1")
                                                .withBody(
                                                        "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}")));

        TenantHealthFacts facts = service().healthFacts(HealthScan.wholeTenant());

        assertThat(facts).isEqualTo(calm);
        assertThat(retries).anySatisfy(retry -> assertThat(retry.waitFor()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    @DisplayName("an answer lost on the way (connection reset) is asked again; the facts are whole")
    void lostAnswerIsAskedAgain() {
        TenantHealthFacts calm = service().healthFacts(HealthScan.wholeTenant());
        m365.server()
                .stubFor(cmdlet("Get-RecipientPermission")
                        .atPriority(1)
                        .inScenario("reset")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("answered")
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        TenantHealthFacts facts = service().healthFacts(HealthScan.wholeTenant());

        assertThat(facts).isEqualTo(calm);
        assertThat(retries).isNotEmpty();
    }

    @Test
    @DisplayName("a trustee Exchange names so that Graph cannot place it (Flip by his mail address) is placed by"
            + " Exchange's own resolution, that one alone")
    void trusteeGraphCannotPlace() {
        m365.server()
                .stubFor(cmdlet("Get-RecipientPermission")
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath(
                                "$.CmdletInput.Parameters.Identity", equalTo("receptie32@contoso.com")))
                        .willReturn(okJson(
                                "{\"value\":[{\"Identity\":\"receptie32\",\"Trustee\":\"flip.schoonen@contoso.com\","
                                        + "\"AccessControlType\":\"Allow\",\"AccessRights\":[\"SendAs\"],"
                                        + "\"IsInherited\":false}]}")));
        m365.forgetRequests();

        TenantHealthFacts facts = service().healthFacts(HealthScan.of(RECEPTIE32));

        assertThat(facts.of(RECEPTIE32).orElseThrow().permissions())
                .extracting(HeldPermission::trusteeId, HeldPermission::right, HeldPermission::trustee)
                .contains(tuple(FLIP, Right.SEND_AS, TrusteeStatus.ENABLED));
        assertThat(m365.requests().stream()
                        .filter(Received::isExchange)
                        .filter(request -> request.cmdlet().equals("Get-Recipient"))
                        .map(request -> request.parameters().path("Identity").asText()))
                .containsExactly("flip.schoonen@contoso.com");
    }

    @Test
    @DisplayName("a deleted account's Send As is removed by its SID; an answer that came too late is read, found"
            + " removed and not sent twice")
    void deletedAccountsRightRemovedOnce() {
        m365.server()
                .stubFor(cmdlet("Remove-RecipientPermission")
                        .atPriority(1)
                        .inScenario("slow")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("answered")
                        .willReturn(aResponse()
                                .withTransformers(FakeMicrosoft365.TRANSFORMER)
                                .withFixedDelay(1_500)));
        m365.forgetRequests();

        Change change = service(m365.settings()
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800))
                        .withRetries(4, Duration.ofMillis(20), Duration.ofSeconds(2)))
                .revoke(KLANTENSERVICE, DELETED_ACCOUNT, Right.SEND_AS);

        assertThat(change).isEqualTo(Change.MADE);
        List<JsonNode> removals = m365.requests().stream()
                .filter(request -> request.cmdlet().equals("Remove-RecipientPermission"))
                .map(Received::parameters)
                .toList();
        assertThat(removals).hasSize(1);
        assertThat(removals.get(0).path("Trustee").asText()).isEqualTo(DELETED_ACCOUNT);
        assertThat(m365.tenant().writes()).containsExactly("revoke klantenservice " + DELETED_ACCOUNT + " SEND_AS");
    }
}
