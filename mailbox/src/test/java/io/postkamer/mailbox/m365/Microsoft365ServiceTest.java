package io.postkamer.mailbox.m365;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.mailbox.Contoso.ANOUK;
import static io.postkamer.mailbox.Contoso.BRAM;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.RECEPTIE32_ADDRESS;
import static io.postkamer.mailbox.Contoso.TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;
import io.postkamer.mailbox.SentItemsCopies;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365.Received;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the Microsoft 365 client sends to Exchange and Graph, and how it behaves when they fail. */
class Microsoft365ServiceTest {
    private static final String INVOKE = "/adminapi/beta/" + TENANT_ID + "/InvokeCommand";
    private static final String ANCHOR = "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + TENANT_ID;

    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(DemoTenant.contoso());
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
        return post(urlEqualTo(INVOKE)).withRequestBody(matchingJsonPath("$.CmdletInput.CmdletName", equalTo(name)));
    }

    private List<String> writes() {
        return m365.cmdlets().stream().filter(c -> !c.startsWith("Get-")).toList();
    }

    @Test
    @DisplayName("granting Full Access sends Add-MailboxPermission with JSON parameters and the anchor mailbox")
    void grantFullAccessSendsCmdlet() {
        assertThat(service().grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, false)).isEqualTo(Change.MADE);
        m365.server()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo(INVOKE))
                                .withHeader("X-AnchorMailbox", equalTo(ANCHOR))
                                .withRequestBody(equalToJson("""
                        {"CmdletInput":{"CmdletName":"Add-MailboxPermission","Parameters":{
                          "Identity":"receptie32@contoso.com","User":"bram.dejong@contoso.com",
                          "AccessRights":["FullAccess"],"InheritanceType":"All","AutoMapping":false}}}""")));
        assertThat(writes()).containsExactly("Add-MailboxPermission");
    }

    @Test
    @DisplayName(
            "Send on Behalf is added with Set-Mailbox and a GenericHashTable, Send As with Add-RecipientPermission")
    void sendOnBehalfAndSendAs() {
        Microsoft365MailboxService service = service();
        service.grant(RECEPTIE32, BRAM, Right.SEND_ON_BEHALF, false);
        service.grant(RECEPTIE32, MARKETING_TEAM, Right.SEND_AS, false);
        m365.server().verify(1, postRequestedFor(urlEqualTo(INVOKE)).withRequestBody(equalToJson("""
                {"CmdletInput":{"CmdletName":"Set-Mailbox","Parameters":{"Identity":"receptie32@contoso.com",
                  "GrantSendOnBehalfTo":{"@odata.type":"#Exchange.GenericHashTable","Add":["bram.dejong@contoso.com"]}}}}""")));
        m365.server().verify(1, postRequestedFor(urlEqualTo(INVOKE)).withRequestBody(equalToJson("""
                {"CmdletInput":{"CmdletName":"Add-RecipientPermission","Parameters":{"Identity":"receptie32@contoso.com",
                  "Trustee":"marketingteam@contoso.com","AccessRights":["SendAs"],"Confirm":false}}}""")));
        assertThat(service.delegates(RECEPTIE32))
                .extracting(g -> g.trusteeId() + " " + g.right())
                .contains(BRAM + " SEND_ON_BEHALF", MARKETING_TEAM + " SEND_AS");
    }

    @Test
    @DisplayName("a permission that is already there: ALREADY_SO, and no changing cmdlet is sent")
    void alreadyHeldSendsNoWrite() {
        Microsoft365MailboxService service = service();
        assertThat(service.grant(RECEPTIE32, FLIP, Right.FULL_ACCESS, true)).isEqualTo(Change.ALREADY_SO);
        assertThat(service.grant(RECEPTIE32, FLIP, Right.SEND_AS, false)).isEqualTo(Change.ALREADY_SO);
        assertThat(service.grant(RECEPTIE32, ANOUK, Right.SEND_ON_BEHALF, false))
                .isEqualTo(Change.ALREADY_SO);
        assertThat(service.revoke(RECEPTIE32, BRAM, Right.SEND_AS)).isEqualTo(Change.ALREADY_SO);
        assertThat(writes()).isEmpty();
        assertThat(m365.cmdlets()).contains("Get-MailboxPermission", "Get-RecipientPermission");
    }

    @Test
    @DisplayName("429 with Retry-After: the wait asked for is kept, then the grant is made once")
    void throttledThenGranted() {
        m365.server()
                .stubFor(
                        cmdlet("Add-MailboxPermission")
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
        assertThat(service().grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, true)).isEqualTo(Change.MADE);
        assertThat(retries).hasSize(1);
        assertThat(retries.get(0).waitFor()).isEqualTo(Duration.ofSeconds(1));
        assertThat(retries.get(0).cause()).isInstanceOf(MailboxException.Throttled.class);
        assertThat(writes()).containsExactly("Add-MailboxPermission", "Add-MailboxPermission");
        assertThat(m365.tenant().delegates(RECEPTIE32))
                .filteredOn(g -> g.trusteeId().equals(BRAM))
                .hasSize(1);
    }

    @Test
    @DisplayName(
            "a batch reads the mailbox and what it holds once, then sends one Add per missing right and one Set-Mailbox for all Send on Behalf")
    void batchReadsOnceWritesWhatIsMissing() {
        List<RightToGrant> asked = new java.util.ArrayList<>();
        for (String member : List.of(BRAM, ANOUK, MARKETING_TEAM)) {
            asked.add(new RightToGrant(member, Right.FULL_ACCESS, true));
            asked.add(new RightToGrant(member, Right.SEND_AS, false));
        }
        asked.add(new RightToGrant(BRAM, Right.SEND_ON_BEHALF, false));
        asked.add(new RightToGrant(MARKETING_TEAM, Right.SEND_ON_BEHALF, false));
        m365.forgetRequests();

        assertThat(service().grantAll(RECEPTIE32, asked)).allMatch(o -> o instanceof GrantOutcome.Applied);

        java.util.Map<String, Long> sent = m365.cmdlets().stream()
                .filter(c -> !c.equals("Get-Recipient"))
                .collect(java.util.stream.Collectors.groupingBy(
                        c -> c, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        assertThat(sent)
                .as("Anouk already had Full Access; the group's Full Access is added without automapping")
                .containsExactly(
                        java.util.Map.entry("Add-MailboxPermission", 2L),
                        java.util.Map.entry("Add-RecipientPermission", 3L),
                        java.util.Map.entry("Get-Mailbox", 1L),
                        java.util.Map.entry("Get-MailboxPermission", 1L),
                        java.util.Map.entry("Get-MailboxStatistics", 1L),
                        java.util.Map.entry("Get-RecipientPermission", 1L),
                        java.util.Map.entry("Set-Mailbox", 1L));
        m365.server().verify(1, postRequestedFor(urlEqualTo(INVOKE)).withRequestBody(equalToJson("""
                {"CmdletInput":{"CmdletName":"Set-Mailbox","Parameters":{"Identity":"receptie32@contoso.com",
                  "GrantSendOnBehalfTo":{"@odata.type":"#Exchange.GenericHashTable",
                  "Add":["bram.dejong@contoso.com","marketingteam@contoso.com"]}}}}""")));
        m365.server().verify(1, postRequestedFor(urlEqualTo(INVOKE)).withRequestBody(equalToJson("""
                {"CmdletInput":{"CmdletName":"Add-MailboxPermission","Parameters":{"Identity":"receptie32@contoso.com",
                  "User":"marketingteam@contoso.com","AccessRights":["FullAccess"],"InheritanceType":"All",
                  "AutoMapping":false}}}""")));
    }

    @Test
    @DisplayName("last sign-ins are read in one batch; without the right to read sign-in activity nothing is known,"
            + " never a failure")
    void lastSignInsOrNothing() {
        Microsoft365MailboxService service = service();
        m365.forgetRequests();
        assertThat(service.lastSignIns(List.of(FLIP, GER))).containsOnlyKeys(FLIP);
        assertThat(m365.requests()).filteredOn(Received::isGraph).hasSize(1);

        m365.server()
                .stubFor(post(urlPathMatching("/v1.0/\\$batch"))
                        .withRequestBody(containing("signInActivity"))
                        .atPriority(1)
                        .willReturn(okJson("""
                                {"responses":[{"id":"0","status":403,"body":{"error":{
                                  "code":"Authorization_RequestDenied",
                                  "message":"Insufficient privileges to complete the operation."}}}]}""")));
        assertThat(service.lastSignIns(List.of(FLIP))).isEmpty();
    }

    @Test
    @DisplayName("automapping is said only where the bot set it: no undocumented property is read, a grant made"
            + " elsewhere is not known")
    void automappingIsWhatTheBotSet() {
        Microsoft365MailboxService service = service();
        service.grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, false);

        assertThat(service.delegates(RECEPTIE32))
                .filteredOn(grant -> grant.right() == Right.FULL_ACCESS)
                .extracting(PermissionGrant::trusteeId, PermissionGrant::autoMapping)
                .containsExactlyInAnyOrder(
                        tuple(BRAM, AutoMapping.OFF),
                        tuple(FLIP, AutoMapping.UNKNOWN),
                        tuple(ANOUK, AutoMapping.UNKNOWN),
                        tuple(GER, AutoMapping.UNKNOWN));
        assertThat(m365.requests())
                .filteredOn(Received::isExchange)
                .filteredOn(request -> request.cmdlet().equals("Get-MailboxPermission"))
                .allSatisfy(request -> assertThat(request.parameters().has("ReadFromDomainController"))
                        .isFalse());
    }

    @Test
    @DisplayName("a grant the bot made, taken away and given again elsewhere, is no longer taken for the bot's")
    void automappingForgottenWhenTheGrantIsGoneElsewhere() {
        Microsoft365MailboxService service = service();
        service.grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, true);
        m365.tenant().revoke(RECEPTIE32, BRAM, Right.FULL_ACCESS);
        assertThat(service.delegates(RECEPTIE32))
                .noneMatch(grant -> grant.trusteeId().equals(BRAM));

        m365.tenant().grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, false);
        assertThat(service.delegates(RECEPTIE32))
                .filteredOn(grant -> grant.trusteeId().equals(BRAM))
                .extracting(PermissionGrant::autoMapping)
                .containsExactly(AutoMapping.UNKNOWN);
    }

    @Test
    @DisplayName("what one instance set, another instance sharing its records says")
    void automappingRecordsAreShared() {
        AutoMappingRecords shared = new LocalAutoMappingRecords();
        Microsoft365MailboxService first = Microsoft365MailboxService.builder(m365.settings())
                .httpClient(m365.httpClient())
                .autoMappingRecords(shared)
                .build();
        Microsoft365MailboxService second = Microsoft365MailboxService.builder(m365.settings())
                .httpClient(m365.httpClient())
                .autoMappingRecords(shared)
                .build();
        first.grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, true);
        assertThat(second.delegates(RECEPTIE32))
                .filteredOn(grant -> grant.trusteeId().equals(BRAM))
                .extracting(PermissionGrant::autoMapping)
                .containsExactly(AutoMapping.ON);
        assertThat(service().delegates(RECEPTIE32))
                .as("an instance with records of its own does not know")
                .filteredOn(grant -> grant.trusteeId().equals(BRAM))
                .extracting(PermissionGrant::autoMapping)
                .containsExactly(AutoMapping.UNKNOWN);
    }

    @Test
    @DisplayName(
            "a mailbox's delegates are named by Get-Recipient calls side by side, a few at once, each trustee once, then remembered")
    void delegatesAreLookedUpSideBySide() {
        m365.server()
                .stubFor(cmdlet("Get-Recipient")
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withTransformers(FakeMicrosoft365.TRANSFORMER)
                                .withFixedDelay(400)));
        Microsoft365MailboxService service = service();
        m365.forgetRequests();

        List<PermissionGrant> delegates = service.delegates(RECEPTIE32);

        List<ServeEvent> lookUps = m365.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains("\"Get-Recipient\""))
                .toList();
        assertThat(lookUps)
                .extracting(e -> json(e.getRequest().getBodyAsString())
                        .at("/CmdletInput/Parameters/Identity")
                        .asText())
                .doesNotHaveDuplicates();
        assertThat(mostAtOnce(lookUps)).isBetween(2, Recipients.AT_ONCE);
        assertThat(delegates)
                .extracting(g -> g.trusteeName() + " " + g.right())
                .containsExactly(
                        "Anouk Smit FULL_ACCESS",
                        "Anouk Smit SEND_ON_BEHALF",
                        "Flip Schoonen FULL_ACCESS",
                        "Flip Schoonen SEND_AS",
                        "Ger Verbeek FULL_ACCESS");

        m365.forgetRequests();
        assertThat(service.delegates(RECEPTIE32)).isEqualTo(delegates);
        assertThat(m365.cmdlets()).doesNotContain("Get-Recipient");
    }

    /** The most calls the fake was answering at one moment. */
    private static int mostAtOnce(List<ServeEvent> calls) {
        int most = 0;
        for (ServeEvent call : calls) {
            long at = call.getRequest().getLoggedDate().getTime();
            int busy = (int) calls.stream()
                    .filter(other -> other.getRequest().getLoggedDate().getTime() <= at
                            && other.getRequest().getLoggedDate().getTime()
                                            + other.getTiming().getTotalTime()
                                    > at)
                    .count();
            most = Math.max(most, busy);
        }
        return most;
    }

    @Test
    @DisplayName("a right asked twice in one batch is written once, and both get its outcome")
    void batchWritesARightAskedTwiceOnce() {
        RightToGrant sendAs = new RightToGrant(BRAM, Right.SEND_AS, false);
        m365.forgetRequests();

        assertThat(service().grantAll(RECEPTIE32, List.of(sendAs, sendAs)))
                .extracting(o -> ((GrantOutcome.Applied) o).change())
                .containsExactly(Change.MADE, Change.MADE);
        assertThat(writes()).containsExactly("Add-RecipientPermission");
    }

    @Test
    @DisplayName(
            "in a batch, a throttled Add is sent again without a read; one that answered too late is read, found made and not sent twice")
    void batchUnderFaultsLandsEachRightOnce() {
        m365.server()
                .stubFor(
                        cmdlet("Add-RecipientPermission")
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
        m365.server()
                .stubFor(cmdlet("Add-MailboxPermission")
                        .atPriority(1)
                        .inScenario("slow")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("answered")
                        .willReturn(aResponse()
                                .withTransformers(FakeMicrosoft365.TRANSFORMER)
                                .withFixedDelay(1_500)));
        m365.forgetRequests();
        int writesBefore = m365.tenant().writes().size();

        List<GrantOutcome> outcomes = service(m365.settings()
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800))
                        .withRetries(4, Duration.ofMillis(20), Duration.ofSeconds(2)))
                .grantAll(
                        RECEPTIE32,
                        List.of(
                                new RightToGrant(BRAM, Right.FULL_ACCESS, false),
                                new RightToGrant(BRAM, Right.SEND_AS, false)));

        assertThat(outcomes)
                .extracting(o -> ((GrantOutcome.Applied) o).change())
                .containsExactly(Change.MADE, Change.MADE);
        assertThat(m365.tenant()
                        .writes()
                        .subList(writesBefore, m365.tenant().writes().size()))
                .hasSize(2)
                .anyMatch(w -> w.contains("FULL_ACCESS"))
                .anyMatch(w -> w.contains("SEND_AS"));
        assertThat(m365.cmdlets().stream().filter("Add-RecipientPermission"::equals))
                .as("sent again after the 429")
                .hasSize(2);
        assertThat(m365.cmdlets().stream().filter("Get-RecipientPermission"::equals))
                .as("the batch's one read only")
                .hasSize(1);
        assertThat(m365.cmdlets().stream().filter("Add-MailboxPermission"::equals))
                .as("made the first time")
                .hasSize(1);
        assertThat(m365.cmdlets().stream().filter("Get-MailboxPermission"::equals))
                .as("the batch's read, then one to look")
                .hasSize(2);
    }

    @Test
    @DisplayName("Sent Items copies: one Set-Mailbox with both switches; its answer lost, the mailbox is read again"
            + " and the change is not sent twice")
    void sentItemsCopiesAfterALostAnswer() {
        m365.server()
                .stubFor(cmdlet("Set-Mailbox")
                        .atPriority(1)
                        .inScenario("lost Set-Mailbox")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("lost")
                        .willReturn(aResponse()
                                .withTransformers(FakeMicrosoft365.TRANSFORMER)
                                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(service().setSentItemsCopies(RECEPTIE32, SentItemsCopies.BOTH))
                .isEqualTo(Change.MADE);

        assertThat(writes()).containsExactly("Set-Mailbox");
        JsonNode sent = m365.requests().stream()
                .filter(r -> r.cmdlet().equals("Set-Mailbox"))
                .findFirst()
                .orElseThrow()
                .parameters();
        assertThat(sent.path("MessageCopyForSentAsEnabled").asBoolean()).isTrue();
        assertThat(sent.path("MessageCopyForSendOnBehalfEnabled").asBoolean()).isTrue();
        assertThat(m365.tenant().mailbox(RECEPTIE32).orElseThrow().sentItemsCopies())
                .isEqualTo(SentItemsCopies.BOTH);
        assertThat(retries).isNotEmpty();
    }

    @Test
    @DisplayName("503 twice, then the answer: tried three times with growing, capped backoff")
    void unavailableTwiceThenRead() {
        m365.server()
                .stubFor(cmdlet("Get-Mailbox")
                        .atPriority(1)
                        .inScenario("503")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("once")
                        .willReturn(aResponse().withStatus(503)));
        m365.server()
                .stubFor(cmdlet("Get-Mailbox")
                        .atPriority(1)
                        .inScenario("503")
                        .whenScenarioStateIs("once")
                        .willSetStateTo("twice")
                        .willReturn(aResponse().withStatus(503)));
        Mailbox m = service().mailbox(RECEPTIE32_ADDRESS).orElseThrow();
        assertThat(m.id()).isEqualTo(RECEPTIE32);
        assertThat(m365.cmdlets().stream().filter("Get-Mailbox"::equals)).hasSize(3);
        assertThat(retries).hasSize(2).allSatisfy(r -> {
            assertThat(r.cause()).isInstanceOf(MailboxException.RemoteFailure.class);
            assertThat(r.waitFor())
                    .isPositive()
                    .isLessThanOrEqualTo(m365.settings().maxBackoff());
        });
    }

    @Test
    @DisplayName(
            "a result in two pages: the second is fetched from @odata.nextLink with the same cmdlet, and both are read")
    void pagedResultsAreAllRead() {
        List<String> all = service().sharedMailboxes().stream()
                .map(Mailbox::primarySmtpAddress)
                .toList();
        assertThat(all).hasSizeGreaterThan(1);
        JsonNode answer = m365.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains("\"RecipientTypeDetails\""))
                .map(e -> json(e.getResponse().getBodyAsString()))
                .findFirst()
                .orElseThrow();
        ArrayNode first = JsonNodeFactory.instance.arrayNode();
        ArrayNode second = JsonNodeFactory.instance.arrayNode();
        int size = answer.path("value").size();
        for (int i = 0; i < size; i++) {
            (i < size / 2 ? first : second).add(answer.path("value").get(i));
        }
        String next = "http://localhost:" + m365.server().port() + INVOKE + "?%24skiptoken=page2";
        m365.server()
                .stubFor(cmdlet("Get-Mailbox")
                        .withRequestBody(matchingJsonPath("$.CmdletInput.Parameters.ResultSize"))
                        .atPriority(1)
                        .willReturn(okJson(JsonNodeFactory.instance
                                .objectNode()
                                .put("@odata.nextLink", next)
                                .<ObjectNode>set("value", first)
                                .toString())));
        m365.server()
                .stubFor(post(urlEqualTo(INVOKE + "?%24skiptoken=page2"))
                        .atPriority(1)
                        .willReturn(okJson(JsonNodeFactory.instance
                                .objectNode()
                                .set("value", second)
                                .toString())));
        m365.forgetRequests();

        assertThat(service().sharedMailboxes())
                .extracting(Mailbox::primarySmtpAddress)
                .containsExactlyElementsOf(all);
        m365.server()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo(INVOKE + "?%24skiptoken=page2"))
                                .withHeader("X-AnchorMailbox", equalTo(ANCHOR))
                                .withRequestBody(matchingJsonPath("$.CmdletInput.CmdletName", equalTo("Get-Mailbox"))));
    }

    @Test
    @DisplayName(
            "a page of shared mailboxes is one Get-Mailbox asking only for what a list shows, the next page its nextLink; a link from elsewhere is refused")
    void oneCallPerPage() {
        m365.forgetRequests();

        io.postkamer.mailbox.MailboxPage first = service().sharedMailboxes(1, java.util.Optional.empty());

        assertThat(first.mailboxes()).hasSize(1);
        assertThat(first.next()).isPresent();
        assertThat(m365.requests())
                .filteredOn(Received::isExchange)
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.cmdlet()).isEqualTo("Get-Mailbox");
                    assertThat(call.url())
                            .contains("$select=ExternalDirectoryObjectId,DisplayName,Alias,PrimarySmtpAddress");
                });
        m365.server()
                .verify(postRequestedFor(urlPathMatching(".*/InvokeCommand"))
                        .withHeader("Prefer", equalTo("odata.maxpagesize=1")));
        assertThat(service().sharedMailboxes(1, first.next()).mailboxes())
                .hasSize(1)
                .noneMatch(entry -> entry.id().equals(first.mailboxes().get(0).id()));
        assertThatThrownBy(() -> service().sharedMailboxes(1, java.util.Optional.of("https://evil.example/steal?x=1")))
                .isInstanceOfSatisfying(
                        MailboxException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PAGE_EXPIRED));
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("a 404 or 400 is not tried again")
    void refusalsAreNotRetried() {
        assertThat(service().mailbox("nobody@contoso.com")).isEmpty();
        assertThat(retries).isEmpty();
        // The accepted domains are read once, to know the address may name a mailbox of this organisation.
        assertThat(m365.cmdlets())
                .filteredOn(cmdlet -> !cmdlet.equals("Get-AcceptedDomain"))
                .containsExactly("Get-Mailbox");
    }

    @Test
    @DisplayName("New-Mailbox times out but did its work: the retry finds the mailbox and sends no second New-Mailbox")
    void createAfterTimeoutFindsMailbox() {
        m365.server()
                .stubFor(cmdlet("New-Mailbox")
                        .atPriority(1)
                        .inScenario("slow")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("answered")
                        .willReturn(aResponse()
                                .withTransformers(FakeMicrosoft365.TRANSFORMER)
                                .withFixedDelay(2_500)));
        Microsoft365MailboxService service =
                service(m365.settings().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        Created created =
                service.createSharedMailbox(new NewSharedMailbox("Ontvangst Zuid", "ontvangst.zuid", "contoso.com"));
        assertThat(created.change()).isEqualTo(Change.MADE);
        assertThat(created.mailbox().primarySmtpAddress()).isEqualTo("ontvangst.zuid@contoso.com");
        assertThat(m365.cmdlets().stream().filter("New-Mailbox"::equals)).hasSize(1);
        assertThat(m365.tenant().sharedMailboxes())
                .filteredOn(x -> x.primarySmtpAddress().equals("ontvangst.zuid@contoso.com"))
                .hasSize(1);
        assertThat(retries).hasSize(1);
        m365.server().verify(1, postRequestedFor(urlEqualTo(INVOKE)).withRequestBody(equalToJson("""
                {"CmdletInput":{"CmdletName":"New-Mailbox","Parameters":{"Shared":true,"Name":"ontvangst.zuid",
                  "DisplayName":"Ontvangst Zuid","Alias":"ontvangst.zuid","PrimarySmtpAddress":"ontvangst.zuid@contoso.com"}}}""")));
    }

    @Test
    @DisplayName("invalid alias, unknown domain, taken address, blank name: refused before any Exchange write")
    void refusedBeforeAnyWrite() {
        Microsoft365MailboxService service = service();
        assertProblem(
                () -> service.createSharedMailbox(new NewSharedMailbox("Ontvangst", "ont vangst", "contoso.com")),
                Problem.ALIAS_INVALID);
        assertProblem(
                () -> service.createSharedMailbox(
                        new NewSharedMailbox("Ontvangst", "ontvangst\"; Remove-Mailbox x", "contoso.com")),
                Problem.ALIAS_INVALID);
        assertProblem(
                () -> service.createSharedMailbox(new NewSharedMailbox("Ontvangst", "ontvangst", "fabrikam.com")),
                Problem.DOMAIN_NOT_ACCEPTED);
        assertProblem(
                () -> service.createSharedMailbox(new NewSharedMailbox("Receptie", "receptie32", "contoso.com")),
                Problem.ADDRESS_TAKEN);
        assertProblem(
                () -> service.createSharedMailbox(new NewSharedMailbox("Flip", "fschoonen", "contoso.com")),
                Problem.ADDRESS_TAKEN);
        assertProblem(
                () -> service.createSharedMailbox(new NewSharedMailbox(" ", "ontvangst", "contoso.com")),
                Problem.DISPLAY_NAME_INVALID);
        assertThat(writes()).isEmpty();
        assertThat(m365.requests())
                .noneMatch(r ->
                        r.isGraph() && !r.method().equals("GET") && !r.url().endsWith("$batch"));
    }

    @Test
    @DisplayName(
            "an appointment with a control character, an invisible override or more than 255 characters is refused before Graph is asked")
    void invalidAppointmentsAreRefusedBeforeGraph() {
        Microsoft365MailboxService service = service();
        java.time.OffsetDateTime start = java.time.OffsetDateTime.parse("2030-01-07T10:00:00Z");
        m365.forgetRequests();

        for (String[] texts : List.of(
                new String[] {"Overleg\u0000", ""},
                new String[] {"\u202Egnikatsnoc", ""},
                new String[] {"x".repeat(256), ""},
                new String[] {"Overleg", "Zaal\u200B2"},
                new String[] {"Overleg", "z".repeat(256)})) {
            assertProblem(
                    () -> service.addEvent(RECEPTIE32, texts[0], start, start.plusHours(1), texts[1]),
                    Problem.EVENT_INVALID);
        }

        assertThat(m365.requests()).noneMatch(Received::isGraph);
        assertThat(service.addEvent(
                                RECEPTIE32,
                                "Lunch \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 <team> & {gasten}",
                                start,
                                start.plusHours(1),
                                "x".repeat(255))
                        .subject())
                .as("any other text is plain text, kept as typed")
                .isEqualTo("Lunch \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 <team> & {gasten}");
    }

    @Test
    @DisplayName("a hybrid organisation is refused before anything is written")
    void hybridRefused() {
        m365.tenant().setHybrid(true);
        assertProblem(
                () -> service().createSharedMailbox(new NewSharedMailbox("Ontvangst", "ontvangst", "contoso.com")),
                Problem.HYBRID_ORGANISATION);
        assertThat(writes()).isEmpty();
    }

    @Test
    @DisplayName("people search: one Graph round trip per distinct prefix, whatever the case or spaces")
    void searchIsCachedPerPrefix() {
        Microsoft365MailboxService service = service();
        assertThat(service.searchPrincipals("jo", 10)).isNotEmpty();
        service.searchPrincipals("JO", 10);
        service.searchPrincipals(" jo ", 3);
        assertThat(searchCalls()).isEqualTo(1);
        service.searchPrincipals("joh", 10);
        assertThat(searchCalls()).isEqualTo(2);
        assertThat(service.searchPrincipals("", 10)).isEmpty();
        assertThat(searchCalls()).isEqualTo(2);
        m365.server()
                .verify(postRequestedFor(urlEqualTo("/v1.0/$batch"))
                        .withRequestBody(matchingJsonPath(
                                "$.requests[?(@.id == 'users')].headers.ConsistencyLevel", equalTo("eventual"))));
    }

    @Test
    @DisplayName("who is an administrator is asked of Graph once and then remembered briefly")
    void rolesAreCachedBriefly() {
        Microsoft365MailboxService service = service();
        String megan = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";

        assertThat(service.rolesOf(megan)).contains(DirectoryRole.GLOBAL_ADMINISTRATOR);
        assertThat(service.rolesOf(megan)).contains(DirectoryRole.GLOBAL_ADMINISTRATOR);
        service.rolesOf("291d3957-a94a-4d01-b0be-52a317710a3d");

        assertThat(m365.requests().stream()
                        .filter(r -> r.url().contains("/transitiveMemberOf"))
                        .count())
                .isEqualTo(2);
    }

    private long searchCalls() {
        return m365.requests().stream().filter(Received::isPeopleSearch).count();
    }

    @Test
    @DisplayName("blocking sign-in sends PATCH accountEnabled false once; asking again changes nothing")
    void blockSignIn() {
        Microsoft365MailboxService service = service();
        assertThat(service.setSignInBlocked("facturen@contoso.com", true)).isEqualTo(Change.MADE);
        assertThat(service.setSignInBlocked("facturen@contoso.com", true)).isEqualTo(Change.ALREADY_SO);
        m365.server()
                .verify(
                        1,
                        com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(
                                        urlEqualTo("/v1.0/users/dd7b3c26-5d1f-4ac1-afbb-3111892e8627"))
                                .withRequestBody(equalToJson("{\"accountEnabled\":false}")));
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Problem problem) {
        assertThatThrownBy(call)
                .isInstanceOf(MailboxException.class)
                .satisfies(e -> assertThat(((MailboxException) e).problem()).isEqualTo(problem));
    }
}
