package io.postkamer.bot.endpoint;

import static io.postkamer.bot.endpoint.InvokeAnswersTest.MEGAN;
import static io.postkamer.bot.endpoint.InvokeAnswersTest.json;
import static io.postkamer.bot.endpoint.InvokeAnswersTest.pressFirstExecute;
import static io.postkamer.bot.endpoint.InvokeAnswersTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.RunningApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Teams delivers the same activity again when the bot was slow; the turn must not run twice (the
 * connector case is in {@link ConnectorDeliveryTest}).
 */
class RedeliveryTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    @Test
    @DisplayName("an expectReplies message delivered twice is answered once; the second delivery gets no replies")
    void expectRepliesRedelivery() {
        String help = Activities.expectReplies(Activities.message("again-1", "user-1", "help", "en-US"))
                .toString();

        HttpResponse<String> first = App.post(APP.context(), "/api/messages", help, null);
        HttpResponse<String> second = App.post(APP.context(), "/api/messages", help, null);

        assertThat(Activities.cardTexts(Activities.replies(first.body())))
                .contains("Postkamer: shared mailboxes from Teams");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(Activities.replies(second.body())).isEmpty();
    }

    @Test
    @DisplayName("the same help sent twice with different activity ids is answered twice")
    void distinctIdsAnswered() {
        HttpResponse<String> first = App.post(
                APP.context(),
                "/api/messages",
                Activities.expectReplies(Activities.message("again-2", "user-1", "help", "en-US"))
                        .toString(),
                null);
        HttpResponse<String> second = App.post(
                APP.context(),
                "/api/messages",
                Activities.expectReplies(Activities.message("again-2", "user-1", "help", "en-US"))
                        .toString(),
                null);

        assertThat(Activities.replies(first.body())).hasSize(1);
        assertThat(Activities.replies(second.body())).hasSize(1);
    }

    @Test
    @DisplayName("a card action delivered twice moves the wizard once, and both deliveries get the same card")
    void invokeRedelivery() {
        HttpResponse<String> started = send(
                APP.context(),
                Activities.expectReplies(Activities.message("again-3", MEGAN, "create a shared mailbox", "en-US")));
        List<JsonNode> replies = Activities.replies(started.body());
        ObjectNode press = pressFirstExecute(
                        replies.get(replies.size() - 1)
                                .path("attachments")
                                .get(0)
                                .path("content"),
                        "again-3")
                .orElseThrow();

        HttpResponse<String> first = send(APP.context(), press);
        HttpResponse<String> second = send(APP.context(), press);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first.body()).path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(first.body()).contains("Marketing").doesNotContain("Type a name of 1 to 64 characters");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second.body())).isEqualTo(json(first.body()));
    }

    @Test
    @DisplayName("an invoke delivered twice runs its turn once, and the second delivery gets the first result")
    void invokeRunsOnce(@TempDir Path data) {
        try (ConfigurableApplicationContext scripted =
                App.startWith(new Class<?>[] {ScriptedBot.Replacement.class}, "postkamer.data-dir=" + data)) {
            ObjectNode count =
                    Activities.invoke("again-4", "user-1", "count", Activities.JSON.createObjectNode(), "en-US");

            HttpResponse<String> first = send(scripted, count);
            HttpResponse<String> second = send(scripted, count);
            HttpResponse<String> another = send(scripted, count.put("id", "another-activity"));

            assertThat(json(first.body()).path("turns").asInt()).isEqualTo(1);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(json(second.body()).path("turns").asInt()).isEqualTo(1);
            assertThat(json(another.body()).path("turns").asInt()).isEqualTo(2);
        }
    }
}
