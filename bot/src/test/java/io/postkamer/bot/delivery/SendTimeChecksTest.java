package io.postkamer.bot.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.bot.auth.AnonymousReplyGuard;
import io.postkamer.bot.auth.BotCredentials;
import io.postkamer.bot.requests.AdapterMessenger;
import io.postkamer.bot.wiring.PostkamerAdapter;
import io.postkamer.dialogs.connector.ConnectorClients;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every request to a service URL is checked when it is made, proactive notices included, and a
 * redirect from a connector is never followed: an anonymous bot cannot be made to send elsewhere.
 */
class SendTimeChecksTest {
    private static final BotCredentials ANONYMOUS =
            new BotCredentials("", "", Optional.empty(), BotCredentials.AppType.MULTI_TENANT);

    private final PostkamerAdapter adapter = new PostkamerAdapter(ANONYMOUS, "", new AnonymousReplyGuard(ANONYMOUS));
    private final AdapterMessenger messenger = new AdapterMessenger(adapter, "");
    private WireMockServer connector;
    private WireMockServer elsewhere;

    @BeforeEach
    void start() {
        connector = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        elsewhere = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        elsewhere.start();
        elsewhere.stubFor(post(anyUrl()).willReturn(okJson("{\"id\":\"taken\"}")));
    }

    @AfterEach
    void stop() {
        connector.stop();
        elsewhere.stop();
    }

    private static ConversationReference to(String serviceUrl) {
        ConversationReference reference = new ConversationReference();
        reference.setServiceUrl(serviceUrl);
        reference.setChannelId("msteams");
        ConversationAccount conversation = new ConversationAccount();
        conversation.setId("a-chat");
        reference.setConversation(conversation);
        reference.setUser(new ChannelAccount("29:someone", "Someone"));
        reference.setBot(new ChannelAccount("28:postkamer", "Postkamer"));
        return reference;
    }

    @Test
    @DisplayName(
            "a stored reference to another host (not this machine): the notice is refused when sent, and no request leaves")
    void storedReferenceElsewhereIsRefusedAtSendTime() {
        var sent =
                messenger.send(to("http://postkamer.example.org:" + elsewhere.port() + "/"), MessageFactory.text("x"));

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(ConnectorClients.RefusedServiceUrlException.class);
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName(
            "a connector answering with a redirect: it is not followed, the send fails, the other host hears nothing")
    void redirectsAreNotFollowed() {
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*"))
                .willReturn(aResponse()
                        .withStatus(307)
                        .withHeader(
                                "Location",
                                "http://127.0.0.1:" + elsewhere.port() + "/v3/conversations/a-chat/activities")));

        var sent = messenger.send(to(connector.baseUrl() + "/"), MessageFactory.text("x"));

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).isNotNull();
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
        assertThat(connector.getAllServeEvents()).hasSize(1);
    }
}
