package io.postkamer.bot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.ChannelTokens;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With bot credentials configured, only requests carrying a token signed by the channel reach the
 * bot. The SDK's own validation runs against a local OpenID metadata stand-in; a valid token passing
 * proves the stand-in is the one being used.
 */
class ChannelAuthenticationTest {
    private static final String APP_ID = "5c0b9e4e-0000-4000-8000-00000000b07a";
    private static final String TENANT = "contoso-tenant";
    private static final ChannelTokens TOKENS = new ChannelTokens();
    private static WireMockServer channel;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start(@TempDir Path data) {
        channel = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        channel.start();
        TOKENS.publishOn(channel);
        app = App.start(
                "postkamer.data-dir=" + data,
                "MicrosoftAppId=" + APP_ID,
                "MicrosoftAppPassword=secret",
                "MicrosoftAppType=SingleTenant",
                "MicrosoftAppTenantId=" + TENANT,
                "postkamer.bot.openid-metadata-url=" + ChannelTokens.metadataUrl(channel));
    }

    @AfterAll
    static void stop() {
        app.close();
        channel.stop();
    }

    private static ObjectNode help(String tenant) {
        ObjectNode activity = Activities.expectReplies(Activities.message("auth-" + tenant, "user-1", "help", "en-US"));
        activity.put("serviceUrl", channel.baseUrl() + "/");
        activity.putObject("channelData").putObject("tenant").put("id", tenant);
        return activity;
    }

    private static HttpResponse<String> send(ObjectNode activity, String authorization) {
        return App.post(app, "/api/messages", activity.toString(), authorization);
    }

    private static String serviceUrl() {
        return channel.baseUrl() + "/";
    }

    @Test
    @DisplayName("a token signed by the channel for this bot is accepted and the bot answers")
    void validTokenIsAccepted() {
        HttpResponse<String> response = send(help(TENANT), TOKENS.valid(APP_ID, serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Activities.cardTexts(Activities.replies(response.body()))).isNotEmpty();
    }

    @Test
    @DisplayName("a request without a token gets 401")
    void missingTokenIsRefused() {
        assertThat(send(help(TENANT), null).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("a token signed with a key the channel never published gets 401")
    void forgedTokenIsRefused() {
        assertThat(send(help(TENANT), TOKENS.forged(APP_ID, serviceUrl())).statusCode())
                .isEqualTo(401);
    }

    @Test
    @DisplayName("an expired token gets 401")
    void expiredTokenIsRefused() {
        assertThat(send(help(TENANT), TOKENS.expired(APP_ID, serviceUrl())).statusCode())
                .isEqualTo(401);
    }

    @Test
    @DisplayName("a token issued for another bot gets 401")
    void wrongAudienceIsRefused() {
        assertThat(send(help(TENANT), TOKENS.valid("another-bot", serviceUrl())).statusCode())
                .isEqualTo(401);
    }

    @Test
    @DisplayName("a token from an issuer other than the Bot Framework gets 401")
    void wrongIssuerIsRefused() {
        String token = TOKENS.fromIssuer("https://issuer.example.org", APP_ID, serviceUrl());
        assertThat(send(help(TENANT), token).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("a token whose service URL differs from the activity's gets 401")
    void serviceUrlMismatchIsRefused() {
        String token = TOKENS.valid(APP_ID, "https://smba.elsewhere.example/");
        assertThat(send(help(TENANT), token).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("a garbage Authorization header gets 401, not a server error")
    void garbageHeaderIsRefused() {
        assertThat(send(help(TENANT), "Bearer not.a.token").statusCode()).isEqualTo(401);
        assertThat(send(help(TENANT), "Basic abc").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("with credentials set, the unauthenticated local chat page is not served")
    void noChatPage() {
        assertThat(App.get(app, "/").statusCode()).isEqualTo(404);
        assertThat(App.get(app, "/chat/people").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a single-tenant bot refuses a valid activity from another tenant with 403")
    void otherTenantIsRefused() {
        HttpResponse<String> response = send(help("fabrikam-tenant"), TOKENS.valid(APP_ID, serviceUrl()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Postkamer");
    }

    @Test
    @DisplayName("a single-tenant bot refuses an activity whose conversation names another tenant with 403")
    void otherConversationTenantIsRefused() {
        ObjectNode activity = help(TENANT);
        ((ObjectNode) activity.get("conversation")).put("tenantId", "fabrikam-tenant");

        assertThat(send(activity, TOKENS.valid(APP_ID, serviceUrl())).statusCode())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("a single-tenant bot refuses an activity that names no tenant with 403")
    void missingTenantIsRefused() {
        ObjectNode activity = help(TENANT);
        activity.remove("channelData");

        assertThat(send(activity, TOKENS.valid(APP_ID, serviceUrl())).statusCode())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("the tenant may be given in the conversation, as some channels do")
    void conversationTenantIsAccepted() {
        ObjectNode activity = help(TENANT);
        activity.remove("channelData");
        ((ObjectNode) activity.get("conversation")).put("tenantId", TENANT);

        assertThat(send(activity, TOKENS.valid(APP_ID, serviceUrl())).statusCode())
                .isEqualTo(200);
    }
}
