package io.postkamer.bot.endpoint;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.mailbox.Contoso;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Replies as Teams gets them: not in the HTTP answer but posted to the Bot Connector's service URL
 * (here a WireMock stand-in). This is the path where the SDK validates outgoing activities by
 * reflection, which breaks on some card content under Java 17.
 */
class ConnectorDeliveryTest {
    private static WireMockServer connector;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start(@TempDir Path data) {
        connector = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        app = App.start("postkamer.data-dir=" + data);
    }

    @AfterAll
    static void stop() {
        app.close();
        connector.stop();
    }

    @BeforeEach
    void answerEveryPost() {
        connector.resetAll();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"reply-1\"}")));
    }

    private static ObjectNode help(String conversation) {
        ObjectNode activity = Activities.message(conversation, "user-1", "help", "en-US");
        activity.put("serviceUrl", connector.baseUrl() + "/");
        return activity;
    }

    @Test
    @DisplayName("a message is answered with 202 and the card is posted to the connector")
    void cardReachesTheConnector() {
        HttpResponse<String> response =
                App.post(app, "/api/messages", help("connector-1").toString(), null);

        assertThat(response.statusCode()).isEqualTo(202);
        connector.verify(
                1,
                postRequestedFor(urlPathMatching("/v3/conversations/connector-1/activities.*"))
                        .withRequestBody(containing("application/vnd.microsoft.card.adaptive"))
                        .withRequestBody(containing("Postkamer: shared mailboxes from Teams")));
    }

    @Test
    @DisplayName(
            "a card with a typeahead (a JSON key with a dot, \"choices.data\") reaches the connector as it was written")
    void dottedKeysSurviveTheConnector() throws Exception {
        ObjectNode activity = Activities.message("connector-5", Contoso.MEGAN, "show shared mailboxes", "en-US");
        activity.put("serviceUrl", connector.baseUrl() + "/");

        assertThat(App.post(app, "/api/messages", activity.toString(), null).statusCode())
                .isEqualTo(202);

        var posted = connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/connector-5/activities.*")));
        assertThat(posted).hasSize(1);
        JsonNode reply = new ObjectMapper().readTree(posted.get(0).getBodyAsString());
        JsonNode finder = reply.at("/attachments/0/content").findParent("choices.data");
        assertThat(finder).as("the list's finder with its typeahead").isNotNull();
        assertThat(finder.path("choices.data").path("type").asText()).isEqualTo("Data.Query");
        assertThat(finder.path("choices").isArray()).isTrue();
        assertThat(posted.get(0).getBodyAsString()).doesNotContain("went wrong");
    }

    @Test
    @DisplayName("the same activity delivered twice (a Teams retry) is answered once")
    void redeliveryRunsOnce() {
        String activity = help("connector-2").toString();

        assertThat(App.post(app, "/api/messages", activity, null).statusCode()).isEqualTo(202);
        assertThat(App.post(app, "/api/messages", activity, null).statusCode()).isEqualTo(202);

        connector.verify(1, postRequestedFor(urlPathMatching("/v3/conversations/connector-2/activities.*")));
    }

    @Test
    @DisplayName("two different activities with their own ids are both answered")
    void distinctActivitiesRunEach() {
        App.post(app, "/api/messages", help("connector-3").toString(), null);
        App.post(app, "/api/messages", help("connector-3").toString(), null);

        connector.verify(2, postRequestedFor(urlPathMatching("/v3/conversations/connector-3/activities.*")));
    }

    @Test
    @DisplayName("without credentials the bot never posts replies to another host: 400, nothing sent")
    void anonymousBotPostsOnlyLocally() {
        ObjectNode activity = help("connector-4");
        activity.put("serviceUrl", "https://smba.example.org/emea/");

        HttpResponse<String> response = App.post(app, "/api/messages", activity.toString(), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("serviceUrl on this machine");
        connector.verify(0, postRequestedFor(urlPathMatching("/v3/conversations/connector-4/.*")));
    }
}
