package io.postkamer.bot.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.RunningApp;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is not an activity gets a 4xx with a short reason: never a 5xx, never a stack trace. */
class BadInputTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    private static String without(String field) {
        ObjectNode activity = Activities.message("bad-1", "user-1", "help", "en-US");
        activity.remove(field);
        return activity.toString();
    }

    private static String withoutId(String field) {
        ObjectNode activity = Activities.message("bad-1", "user-1", "help", "en-US");
        ((ObjectNode) activity.get(field)).remove("id");
        return activity.toString();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"type\": \"message\", ", "not valid JSON"),
                Arguments.of("empty body", "", "body is empty"),
                Arguments.of("a JSON array", "[1,2,3]", "not a JSON object"),
                Arguments.of("a JSON string", "\"hello\"", "not a JSON object"),
                Arguments.of("no type", without("type"), "no type"),
                Arguments.of("no conversation", without("conversation"), "no conversation"),
                Arguments.of("conversation without id", withoutId("conversation"), "no conversation.id"),
                Arguments.of("no from", without("from"), "no from"),
                Arguments.of("from without id", withoutId("from"), "no from.id"),
                Arguments.of("no serviceUrl", without("serviceUrl"), "no serviceUrl"),
                Arguments.of("no channelId", without("channelId"), "no channelId"),
                Arguments.of(
                        "a conversation id of 5000 characters",
                        Activities.message("c".repeat(5000), "u", "help", "en").toString(),
                        "conversation.id is longer than 512 characters"),
                Arguments.of(
                        "serviceUrl that is no URL",
                        Activities.message("bad-1", "u", "help", "en")
                                .put("serviceUrl", "marketing@evil.example")
                                .toString(),
                        "serviceUrl is not an http(s) URL"),
                Arguments.of(
                        "serviceUrl with another scheme",
                        Activities.message("bad-1", "u", "help", "en")
                                .put("serviceUrl", "file:///etc/passwd")
                                .toString(),
                        "serviceUrl is not an http(s) URL"),
                Arguments.of(
                        "type is a number",
                        Activities.message("bad-1", "u", "help", "en")
                                .put("type", 7)
                                .toString(),
                        "no type"),
                Arguments.of("JSON nested 5000 deep", "[".repeat(5000) + "]".repeat(5000), "not valid JSON"),
                Arguments.of(
                        "emulator without recipient role",
                        stripRole(Activities.message("bad-1", "u", "help", "en").put("channelId", "emulator")),
                        "recipient.role"));
    }

    private static String stripRole(ObjectNode activity) {
        ((ObjectNode) activity.get("recipient")).remove("role");
        return activity.toString();
    }

    @ParameterizedTest(name = "{0} gets 400")
    @MethodSource("badBodies")
    @DisplayName("a body that is not a complete activity gets 400 with the reason")
    void refusedWithReason(String what, String body, String reason) {
        HttpResponse<String> response = App.post(APP.context(), "/api/messages", body, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(reason).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    @DisplayName("a body over 256 KB gets 413")
    void oversizedBody() {
        ObjectNode activity = Activities.message("bad-2", "user-1", "x".repeat(300 * 1024), "en-US");

        HttpResponse<String> response = App.post(APP.context(), "/api/messages", activity.toString(), null);

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    @DisplayName("a huge but allowed text is answered normally")
    void longTextIsAnswered() {
        ObjectNode activity =
                Activities.expectReplies(Activities.message("bad-3", "user-1", "y".repeat(100_000), "en-US"));

        HttpResponse<String> response = App.post(APP.context(), "/api/messages", activity.toString(), null);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a browser asking for the endpoint with GET gets 405 and no error details")
    void getOnTheEndpoint() {
        HttpResponse<String> html = App.get(APP.context(), "/api/messages", "text/html");
        HttpResponse<String> json = App.get(APP.context(), "/api/messages", "application/json");

        assertThat(html.statusCode()).isEqualTo(405);
        assertThat(json.statusCode()).isEqualTo(405);
        assertThat(html.body() + json.body())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("Tomcat")
                .doesNotContain("Request method");
    }

    @Test
    @DisplayName("a bad body gets its 400 reason whatever the caller says it accepts")
    void badBodyForAnyAccept() {
        HttpResponse<String> response = App.post(APP.context(), "/api/messages", "[]", null, "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not a JSON object");
    }

    @Test
    @DisplayName("an unknown path gets 404 without details")
    void unknownPath() {
        HttpResponse<String> response = App.get(APP.context(), "/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
