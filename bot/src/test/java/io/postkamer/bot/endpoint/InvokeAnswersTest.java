package io.postkamer.bot.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.RunningApp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Invokes get their result in the HTTP answer itself, as Teams expects, not through the connector. */
class InvokeAnswersTest {
    static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";

    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    static HttpResponse<String> send(ConfigurableApplicationContext app, ObjectNode activity) {
        return App.post(app, "/api/messages", activity.toString(), null);
    }

    static JsonNode json(String body) {
        try {
            return Activities.JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    static ObjectNode search(String conversation, String query) {
        ObjectNode value = Activities.JSON
                .createObjectNode()
                .put("dataset", "postkamer.people")
                .put("queryText", query);
        value.putObject("queryOptions").put("top", 5);
        return Activities.invoke(conversation, MEGAN, "application/search", value, "en-US");
    }

    /**
     * The first Universal Action (Action.Execute) of a card, as Teams sends it back when pressed: the
     * action's data with every text input of the card filled in.
     */
    static Optional<ObjectNode> pressFirstExecute(JsonNode card, String conversation) {
        Optional<JsonNode> action = findExecute(card);
        return action.map(found -> {
            ObjectNode value = Activities.JSON.createObjectNode();
            ObjectNode pressed = value.putObject("action")
                    .put("type", "Action.Execute")
                    .put("verb", found.path("verb").asText());
            ObjectNode data =
                    found.path("data").isObject() ? found.path("data").deepCopy() : Activities.JSON.createObjectNode();
            card.findParents("type").stream()
                    .filter(node -> "Input.Text".equals(node.path("type").asText()))
                    .forEach(input -> data.put(input.path("id").asText(), "Marketing"));
            pressed.set("data", data);
            value.put("trigger", "manual");
            return Activities.invoke(conversation, MEGAN, "adaptiveCard/action", value, "en-US");
        });
    }

    private static Optional<JsonNode> findExecute(JsonNode node) {
        if (node.isObject() && "Action.Execute".equals(node.path("type").asText())) {
            return Optional.of(node);
        }
        for (JsonNode child : node) {
            Optional<JsonNode> found = findExecute(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Test
    @DisplayName("a people picker search is answered in the HTTP response with the matching people")
    void searchAnsweredInResponse() {
        HttpResponse<String> response = send(APP.context(), search("invoke-1", "megan"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.search.searchResponse");
        assertThat(body.path("value").path("results").findValuesAsText("title"))
                .anyMatch(title -> title.startsWith("Megan Bowen"));
    }

    @Test
    @DisplayName("pressing a wizard button is answered in the HTTP response with the next card")
    void cardActionAnsweredWithCard() {
        HttpResponse<String> started = send(
                APP.context(),
                Activities.message("invoke-2", MEGAN, "create a shared mailbox", "en-US")
                        .put("serviceUrl", "http://localhost:1/")
                        .put("deliveryMode", "expectReplies"));
        List<JsonNode> replies = Activities.replies(started.body());
        JsonNode card =
                replies.get(replies.size() - 1).path("attachments").get(0).path("content");
        ObjectNode press = pressFirstExecute(card, "invoke-2").orElseThrow();

        HttpResponse<String> response = send(APP.context(), press);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.path("statusCode").asInt()).isEqualTo(200);
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(body.path("value").path("type").asText()).isEqualTo("AdaptiveCard");
    }

    @Test
    @DisplayName("a button of a card whose conversation is over is answered with a short message, in the response")
    void staleCardActionAnsweredWithMessage() {
        ObjectNode value = Activities.JSON.createObjectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", "next")
                .putObject("data")
                .put("token", "no-such-step");

        HttpResponse<String> response =
                send(APP.context(), Activities.invoke("invoke-3", MEGAN, "adaptiveCard/action", value, "en-US"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(body.path("value").asText()).isNotBlank();
    }
}
