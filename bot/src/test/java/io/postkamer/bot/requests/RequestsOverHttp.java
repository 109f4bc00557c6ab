package io.postkamer.bot.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import java.net.http.HttpResponse;
import org.springframework.context.ConfigurableApplicationContext;

/** The requests conversation over the bot's HTTP endpoint, as Teams sends it. */
final class RequestsOverHttp {
    static final String FLIP = "291d3957-a94a-4d01-b0be-52a317710a3d";
    static final String PIETER = "30b96472-e613-420d-86ac-ef13e529ee20";
    static final String RECEPTIE32 = "31652c84-4fd0-4b22-940a-9ce4af7611f1";

    private RequestsOverHttp() {}

    /** A message in the person's personal chat, replies in the answer; the bot remembers the chat. */
    static void greet(ConfigurableApplicationContext app, String person, String serviceUrl) {
        ObjectNode hello = Activities.message("personal-" + person, person, "hi", "en-US");
        hello.put("serviceUrl", serviceUrl);
        HttpResponse<String> response =
                App.post(app, "/api/messages", Activities.expectReplies(hello).toString(), null);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Flip sends the form for Send As on receptie32; returns the request's number. */
    static long flipAsksForSendAs(ConfigurableApplicationContext app, String serviceUrl) {
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("mailbox", RECEPTIE32)
                .put("fullAccess", "false")
                .put("sendAs", "true")
                .put("sendOnBehalf", "false")
                .put("reason", "Reception on Tuesdays")
                .put("until", "");
        JsonNode card = invoke(app, FLIP, serviceUrl, "request.submit", data);
        assertThat(card.toString()).contains("Waiting for approval");
        return card.path("refresh").path("action").path("data").path("request").asLong();
    }

    /** Flip sends the form with these inputs; returns the request's number. */
    static long submit(ConfigurableApplicationContext app, String serviceUrl, ObjectNode inputs) {
        JsonNode card = invoke(app, FLIP, serviceUrl, "request.submit", inputs);
        assertThat(card.toString()).contains("Waiting for approval");
        return card.path("refresh").path("action").path("data").path("request").asLong();
    }

    /** Presses a request card's button; returns the invoke answer's body. */
    static JsonNode press(
            ConfigurableApplicationContext app, String person, String serviceUrl, String verb, long number) {
        return invoke(
                app,
                person,
                serviceUrl,
                verb,
                JsonNodeFactory.instance.objectNode().put("request", number));
    }

    private static JsonNode invoke(
            ConfigurableApplicationContext app, String person, String serviceUrl, String verb, ObjectNode data) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", verb)
                .set("data", data);
        ObjectNode activity = Activities.invoke("personal-" + person, person, "adaptiveCard/action", value, "en-US");
        activity.put("serviceUrl", serviceUrl);
        HttpResponse<String> response = App.post(app, "/api/messages", activity.toString(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            JsonNode body = Activities.JSON.readTree(response.body());
            return body.path("type").asText().equals("application/vnd.microsoft.card.adaptive")
                    ? body.path("value")
                    : body;
        } catch (Exception e) {
            throw new IllegalStateException(response.body(), e);
        }
    }
}
