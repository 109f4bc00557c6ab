package io.postkamer.mailbox.m365;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.mailbox.Contoso.PIETER;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.postkamer.mailbox.PersonalChats;
import io.postkamer.mailbox.PersonalChatsContract;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.DemoTenantSettings;
import io.postkamer.mailbox.demo.MutableClock;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The personal chats contract through Microsoft Graph's Teams app installation, on the Graph stand-in. */
class Microsoft365PersonalChatsTest extends PersonalChatsContract {
    private FakeMicrosoft365 m365;

    @Override
    protected PersonalChats newChats() {
        m365 = FakeMicrosoft365.start(
                DemoTenant.load(DemoTenantSettings.contoso().withClock(MutableClock.monday())));
        return m365.newService().personalChats(Optional.empty(), FakeMicrosoft365.TEAMS_APP_MANIFEST_ID);
    }

    @AfterEach
    void stop() {
        m365.close();
    }

    private List<String> graphCalls() {
        return m365.requests().stream()
                .filter(FakeMicrosoft365.Received::isGraph)
                .map(r -> r.method() + " " + r.url().replaceAll("\\?.*", ""))
                .toList();
    }

    @Test
    @DisplayName(
            "a first chat: the app is found in the catalog by its manifest id, installed, its installation and chat read")
    void firstChatCalls() {
        m365.forgetRequests();

        String chat = chats.open(PIETER).chatId();

        assertThat(chat).isEqualTo(DemoTenant.chatIdOf(PIETER));
        assertThat(graphCalls())
                .containsExactly(
                        "GET /v1.0/appCatalogs/teamsApps",
                        "POST /v1.0/users/" + PIETER + "/teamwork/installedApps",
                        "GET /v1.0/users/" + PIETER + "/teamwork/installedApps",
                        "GET /v1.0/users/" + PIETER + "/teamwork/installedApps/inst-" + PIETER + "/chat");
        assertThat(m365.requests().stream()
                        .filter(r -> r.method().equals("POST") && r.url().contains("installedApps"))
                        .findFirst()
                        .orElseThrow()
                        .body()
                        .path("teamsApp@odata.bind")
                        .asText())
                .endsWith("/v1.0/appCatalogs/teamsApps/" + FakeMicrosoft365.TEAMS_APP_CATALOG_ID);
    }

    @Test
    @DisplayName("a configured catalog id is used as it is; a chat opened before is not asked for again")
    void configuredCatalogIdAndRememberedChat() {
        PersonalChats configured =
                m365.newService().personalChats(Optional.of(FakeMicrosoft365.TEAMS_APP_CATALOG_ID), "not-looked-up");
        m365.forgetRequests();

        configured.open(PIETER);
        configured.open(PIETER);

        assertThat(graphCalls())
                .doesNotContain("GET /v1.0/appCatalogs/teamsApps")
                .filteredOn(call -> call.startsWith("POST"))
                .hasSize(1);
        assertThat(graphCalls()).hasSize(3);
    }

    @Test
    @DisplayName(
            "installing is throttled (429, Retry-After) and then answered 409 because the lost first try had installed it: one installation, the chat found")
    void throttledAndLostAnswers() {
        m365.server()
                .stubFor(
                        post(urlPathMatching("/v1.0/users/.*/teamwork/installedApps"))
                                .atPriority(1)
                                .inScenario("install")
                                .whenScenarioStateIs(Scenario.STARTED)
                                .willSetStateTo("throttled")
                                .willReturn(
                                        aResponse()
                                                .withStatus(429)
                                                .withHeader("Retry-After", "1")
                                                .withBody(
                                                        "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}")));
        m365.server()
                .stubFor(post(urlPathMatching("/v1.0/users/.*/teamwork/installedApps"))
                        .atPriority(1)
                        .inScenario("install")
                        .whenScenarioStateIs("throttled")
                        .willSetStateTo("done")
                        .willReturn(aResponse()
                                .withTransformers(FakeMicrosoft365.TRANSFORMER)
                                .withFixedDelay(1_500)));
        PersonalChats slow = Microsoft365MailboxService.builder(m365.settings()
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800))
                        .withRetries(4, Duration.ofMillis(20), Duration.ofSeconds(2)))
                .httpClient(m365.httpClient())
                .build()
                .personalChats(Optional.empty(), FakeMicrosoft365.TEAMS_APP_MANIFEST_ID);

        var chat = slow.open(PIETER);

        assertThat(chat.chatId()).isEqualTo(DemoTenant.chatIdOf(PIETER));
        assertThat(m365.tenant().hasApp(PIETER)).isTrue();
        assertThat(graphCalls().stream().filter(call -> call.startsWith("POST")))
                .as("429, too late, then 409")
                .hasSize(3);
    }
}
