package io.postkamer.bot.endpoint;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.bot.endpoint.InvokeAnswersTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A turn that fails tells the person one neutral line and nothing else, and the dialog state stays
 * inside the bot, even for a caller that claims to be the Bot Framework Emulator (which the SDK's
 * sample error handler would send the stack trace, and the SDK itself every trace activity).
 */
class TurnFailureTest {
    private static WireMockServer connector;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start(@TempDir Path data) {
        connector = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        app = App.startWith(new Class<?>[] {ScriptedBot.Replacement.class}, "postkamer.data-dir=" + data);
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

    private static ObjectNode fromEmulator(ObjectNode activity) {
        return activity.put("channelId", "emulator").put("serviceUrl", connector.baseUrl() + "/");
    }

    private static List<String> postedToConnector() {
        return connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*"))).stream()
                .map(LoggedRequest::getBodyAsString)
                .toList();
    }

    @Test
    @DisplayName("a failed turn posts one neutral 'something went wrong' line to the chat, without the exception")
    void failureToldWithoutDetails() {
        HttpResponse<String> response = App.post(
                app,
                "/api/messages",
                fromEmulator(Activities.message("fail-1", "user-1", "fail", "en-US"))
                        .toString(),
                null);

        assertThat(response.statusCode()).isEqualTo(202);
        List<String> posted = postedToConnector();
        assertThat(posted).hasSize(1);
        assertThat(json(posted.get(0)).path("text").asText()).startsWith("Sorry, something went wrong.");
        assertThat(posted.get(0))
                .doesNotContain(ScriptedBot.SECRET)
                .doesNotContain("Exception")
                .doesNotContain("\"trace\"");
        assertThat(response.body()).doesNotContain(ScriptedBot.SECRET);
    }

    @Test
    @DisplayName("a failed turn under expectReplies answers with the neutral line only")
    void failureInExpectReplies() {
        HttpResponse<String> response = App.post(
                app,
                "/api/messages",
                Activities.expectReplies(fromEmulator(Activities.message("fail-2", "user-1", "fail", "en-US")))
                        .toString(),
                null);

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> replies = Activities.replies(response.body());
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).path("text").asText()).startsWith("Sorry, something went wrong.");
        assertThat(response.body()).doesNotContain(ScriptedBot.SECRET).doesNotContain("Exception");
    }

    @Test
    @DisplayName("a failed card action gets an error answer Teams can show, not the exception")
    void failedCardAction() {
        ObjectNode value = Activities.JSON.createObjectNode();
        value.putObject("action").put("type", "Action.Execute").put("verb", "next");
        HttpResponse<String> response = App.post(
                app,
                "/api/messages",
                fromEmulator(Activities.invoke("fail-3", "user-1", "adaptiveCard/action", value, "en-US"))
                        .toString(),
                null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.error");
        assertThat(body.path("statusCode").asInt()).isEqualTo(500);
        assertThat(body.path("value").path("message").asText()).startsWith("Sorry, something went wrong.");
        assertThat(response.body()).doesNotContain(ScriptedBot.SECRET);
        assertThat(postedToConnector()).isEmpty();
    }

    @Test
    @DisplayName("the dialog state trace is never posted to the connector, even for the emulator")
    void stateTraceNotPosted() {
        HttpResponse<String> response = App.post(
                app,
                "/api/messages",
                fromEmulator(Activities.message("state-1", "user-1", "state", "en-US"))
                        .toString(),
                null);

        assertThat(response.statusCode()).isEqualTo(202);
        List<String> posted = postedToConnector();
        assertThat(posted).hasSize(1);
        assertThat(json(posted.get(0)).path("text").asText()).isEqualTo("state kept");
        assertThat(posted).noneMatch(body -> body.contains(ScriptedBot.SECRET));
    }

    @Test
    @DisplayName("the dialog state trace is never in an expectReplies answer")
    void stateTraceNotReturned() {
        HttpResponse<String> response = App.post(
                app,
                "/api/messages",
                Activities.expectReplies(fromEmulator(Activities.message("state-2", "user-1", "state", "en-US")))
                        .toString(),
                null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Activities.replies(response.body()))
                .extracting(reply -> reply.path("text").asText())
                .containsExactly("state kept");
        assertThat(response.body()).doesNotContain(ScriptedBot.SECRET);
    }
}
