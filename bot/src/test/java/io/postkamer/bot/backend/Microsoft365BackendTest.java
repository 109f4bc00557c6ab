package io.postkamer.bot.backend;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.auth.ChannelTokens;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365.Received;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The application with {@code postkamer.backend=microsoft365}, configured only through
 * {@code postkamer.microsoft365.*} properties pointing at a WireMock Microsoft 365: a signed Teams
 * message reaches Graph and Exchange through the real client.
 */
class Microsoft365BackendTest {
    private static final String APP_ID = "5c0b9e4e-0000-4000-8000-00000000b07b";
    private static final ChannelTokens TOKENS = new ChannelTokens();
    private static FakeMicrosoft365 m365;
    private static WireMockServer channel;
    private static ConfigurableApplicationContext app;

    /** The only test-specific wiring: trust the fake's self-signed https certificate (token endpoint). */
    static class TrustTheFake {
        @Bean
        Microsoft365ClientCustomizer trustTheFake() {
            return builder -> builder.httpClient(m365.httpClient());
        }
    }

    @BeforeAll
    static void start(@TempDir Path data) {
        m365 = FakeMicrosoft365.start(DemoTenant.contoso());
        channel = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        channel.start();
        TOKENS.publishOn(channel);
        String plain = "http://localhost:" + m365.server().port();
        app = App.startWith(new Class<?>[] {TrustTheFake.class},
                "postkamer.data-dir=" + data, "postkamer.backend=microsoft365",
                "MicrosoftAppId=" + APP_ID, "MicrosoftAppPassword=secret",
                "postkamer.bot.openid-metadata-url=" + ChannelTokens.metadataUrl(channel),
                "postkamer.microsoft365.tenant-id=" + TENANT_ID,
                "postkamer.microsoft365.client-id=" + FakeMicrosoft365.CLIENT_ID,
                "postkamer.microsoft365.client-secret=fake-secret",
                "postkamer.microsoft365.graph-base-url=" + plain,
                "postkamer.microsoft365.exchange-base-url=" + plain,
                "postkamer.microsoft365.authority=https://localhost:" + m365.server().httpsPort(),
                "postkamer.microsoft365.request-timeout=5s",
                "postkamer.microsoft365.initial-backoff=20ms",
                "postkamer.microsoft365.max-backoff=1s");
    }

    @AfterAll
    static void stop() {
        app.close();
        channel.stop();
        m365.close();
    }

    @BeforeEach
    void forget() {
        m365.forgetRequests();
    }

    private static HttpResponse<String> say(String conversation, String aadObjectId, String text) {
        ObjectNode activity = Activities.expectReplies(Activities.message(conversation, aadObjectId, text, "en-US"));
        String serviceUrl = channel.baseUrl() + "/";
        activity.put("serviceUrl", serviceUrl);
        activity.putObject("channelData").putObject("tenant").put("id", TENANT_ID);
        return App.post(app, "/api/messages", activity.toString(), TOKENS.valid(APP_ID, serviceUrl));
    }

    private static boolean rolesOf(Received request, String personId) {
        return request.method().equals("GET")
                && request.url().startsWith("/v1.0/users/" + personId + "/transitiveMemberOf/microsoft.graph.directoryRole");
    }

    @Test
    @DisplayName("Megan, a Global Administrator in Graph, asks for a shared mailbox over HTTP and gets the name card")
    void administratorFromGraphGetsTheNameCard() {
        HttpResponse<String> response = say("m365-megan", MEGAN, "create a shared mailbox");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(String.join("\n", Activities.cardTexts(Activities.replies(response.body()))))
                .contains("Create a shared mailbox", "What should it be called?");
        assertThat(response.body()).contains("\"id\":\"displayName\"");
        assertThat(m365.requests()).anyMatch(request -> rolesOf(request, MEGAN));
        assertThat(m365.requests()).filteredOn(Received::isToken)
                .allMatch(request -> request.url().equals("/" + TENANT_ID + "/oauth2/v2.0/token"));
    }

    @Test
    @DisplayName("Flip, who holds no directory role in Graph, is refused and nothing is sent to Exchange")
    void personWithoutRoleInGraphIsRefused() {
        HttpResponse<String> response = say("m365-flip", FLIP, "create a shared mailbox");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Activities.cardTexts(Activities.replies(response.body()))).anyMatch(text -> text.contains("not authorised"));
        assertThat(m365.requests()).anyMatch(request -> rolesOf(request, FLIP));
        assertThat(m365.cmdlets()).isEmpty();
    }
}
