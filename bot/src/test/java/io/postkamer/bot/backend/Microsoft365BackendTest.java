package io.postkamer.bot.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.ChannelTokens;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The bot on a "real" tenant: postkamer.backend=microsoft365, bot credentials, and the Microsoft 365
 * client talking to a WireMock stand-in of Graph, Exchange and the token service.
 */
class Microsoft365BackendTest {
    private static final String APP_ID = "7d1c9e4e-0000-4000-8000-00000000b07a";
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    private static final String FLIP = "291d3957-a94a-4d01-b0be-52a317710a3d";
    private static final ChannelTokens TOKENS = new ChannelTokens();
    private static FakeMicrosoft365 m365;
    private static WireMockServer channel;
    private static ConfigurableApplicationContext app;

    /** Lets the client trust the stand-in's certificate; production has no such bean. */
    static class TrustTheFake {
        @Bean
        Microsoft365Transport microsoft365Transport() {
            return new Microsoft365Transport(m365.httpClient());
        }
    }

    private static String[] settings(Path data, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(
                "postkamer.data-dir=" + data,
                "postkamer.backend=microsoft365",
                "MicrosoftAppId=" + APP_ID,
                "MicrosoftAppPassword=secret",
                "postkamer.bot.openid-metadata-url=" + ChannelTokens.metadataUrl(channel),
                "postkamer.microsoft365.client-id=" + FakeMicrosoft365.CLIENT_ID,
                "postkamer.microsoft365.client-secret=fake-secret",
                "postkamer.microsoft365.graph-base-url=" + m365.settings().graphBaseUrl(),
                "postkamer.microsoft365.exchange-base-url=" + m365.settings().exchangeBaseUrl(),
                "postkamer.microsoft365.authority=" + m365.settings().authority(),
                "postkamer.microsoft365.initial-backoff=20ms",
                "postkamer.microsoft365.max-backoff=2s"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    static void start(@TempDir Path data) {
        m365 = FakeMicrosoft365.start(DemoTenant.contoso());
        channel = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        channel.start();
        TOKENS.publishOn(channel);
        app = App.startWith(
                new Class<?>[] {TrustTheFake.class},
                settings(
                        data,
                        "postkamer.microsoft365.tenant-id="
                                + m365.tenant().organisation().tenantId(),
                        "management.endpoints.web.exposure.include=health,prometheus"));
    }

    @AfterAll
    static void stop() {
        app.close();
        channel.stop();
        m365.close();
    }

    private static HttpResponse<String> say(String conversation, String who, String text) {
        ObjectNode activity = Activities.expectReplies(Activities.message(conversation, who, text, "en-US"));
        activity.put("serviceUrl", channel.baseUrl() + "/");
        return App.post(app, "/api/messages", activity.toString(), TOKENS.valid(APP_ID, channel.baseUrl() + "/"));
    }

    @Test
    @DisplayName("an Exchange Administrator's request is checked against Graph and the wizard starts")
    void administratorStartsTheWizard() {
        m365.forgetRequests();

        HttpResponse<String> response = say("m365-1", MEGAN, "create a shared mailbox");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Activities.cardTexts(Activities.replies(response.body()))).contains("Create a shared mailbox");
        assertThat(m365.requests())
                .anySatisfy(request -> assertThat(request.url()).contains("/users/" + MEGAN + "/transitiveMemberOf"));
        assertThat(m365.tokenRequests()).isPositive();
    }

    @Test
    @DisplayName("someone without an admin role in the directory is told so, and nothing is written")
    void staffIsRefused() {
        HttpResponse<String> response = say("m365-2", FLIP, "create a shared mailbox");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(String.join(" ", Activities.cardTexts(Activities.replies(response.body()))))
                .contains("not authorised");
        assertThat(m365.cmdlets()).noneMatch(cmdlet -> cmdlet.startsWith("New-") || cmdlet.startsWith("Add-"));
    }

    @Test
    @DisplayName(
            "with prometheus exposed, /actuator/prometheus has turns, remote calls by cmdlet and status, caches and pending notices")
    void metricsArePublished() {
        say("m365-3", MEGAN, "show shared mailboxes");
        HttpResponse<String> search = App.post(
                app,
                "/api/messages",
                withChannel(Activities.invoke(
                                "m365-3",
                                MEGAN,
                                "application/search",
                                Activities.JSON
                                        .createObjectNode()
                                        .put("dataset", "postkamer.mailboxes")
                                        .put("queryText", "ontv"),
                                "en-US"))
                        .toString(),
                TOKENS.valid(APP_ID, channel.baseUrl() + "/"));
        assertThat(search.statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = App.get(app, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("postkamer_turns_seconds_count\\{[^}]*kind=\"message\"[^}]*status=\"200\"[^}]*} [1-9]")
                .containsPattern("postkamer_turns_seconds_count\\{[^}]*kind=\"application/search\"")
                .containsPattern("postkamer_turns_seconds_bucket\\{")
                .containsPattern("postkamer_remote_calls_seconds_count\\{[^}]*operation=\"Get-Mailbox\"[^}]*"
                        + "service=\"Exchange Online\"[^}]*status=\"200\"[^}]*} [1-9]")
                .containsPattern(
                        "postkamer_remote_calls_seconds_count\\{[^}]*operation=\"GET /users/\\{id}/transitiveMemberOf")
                .containsPattern("cache_gets_total\\{cache=\"mailbox-finder\",[^}]*result=\"miss\"[^}]*} 1")
                .contains("cache_gets_total{cache=\"directory-roles\"")
                .contains("postkamer_proactive_pending ");
    }

    @Test
    @DisplayName("metrics are not published unless asked for")
    void metricsAreOptIn(@TempDir Path data) {
        ConfigurableApplicationContext plain = App.startWith(
                new Class<?>[] {TrustTheFake.class},
                settings(
                        data,
                        "postkamer.microsoft365.tenant-id="
                                + m365.tenant().organisation().tenantId()));
        try {
            assertThat(App.get(plain, "/actuator/prometheus").statusCode()).isEqualTo(404);
        } finally {
            plain.close();
        }
    }

    private static ObjectNode withChannel(ObjectNode activity) {
        activity.put("serviceUrl", channel.baseUrl() + "/");
        return activity;
    }

    @Test
    @DisplayName("without the tenant's id the bot refuses to start and names the missing setting")
    void missingTenantIdRefusesToStart(@TempDir Path data) {
        assertThatThrownBy(() -> App.startWith(new Class<?>[] {TrustTheFake.class}, settings(data)))
                .hasStackTraceContaining("postkamer.microsoft365.tenant-id");
    }
}
