package io.postkamer.bot.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.Postgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot is stopped in the middle of the create wizard and started again on the same database: the
 * admin's next press on the card she still sees carries on where she was.
 */
class RestartMidWizardTest {
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";

    @Test
    @DisplayName("on H2: a restart between two wizard steps loses nothing")
    void restartOnH2(@TempDir Path data) {
        resumesAfterRestart(new String[] {"postkamer.data-dir=" + data});
    }

    @Test
    @DisplayName("on PostgreSQL: a restart between two wizard steps loses nothing")
    void restartOnPostgres(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres postgres = Postgres.start()) {
            resumesAfterRestart(
                    new String[] {"postkamer.data-dir=" + data, "spring.datasource.url=" + Postgres.jdbcUrl(postgres)});
        }
    }

    private static void resumesAfterRestart(String[] settings) {
        JsonNode addressCard;
        try (ConfigurableApplicationContext app = App.start(settings)) {
            JsonNode nameCard =
                    card(send(app, Activities.message("restart-1", MEGAN, "create a shared mailbox", "en-US")));
            addressCard = press(
                    app,
                    nameCard,
                    "next",
                    JsonNodeFactory.instance.objectNode().put("displayName", "Afdeling Marketing"));
            assertThat(addressCard.toString()).contains("afdeling.marketing");
        }

        try (ConfigurableApplicationContext app = App.start(settings)) {
            JsonNode confirm = press(
                    app,
                    addressCard,
                    "next",
                    JsonNodeFactory.instance
                            .objectNode()
                            .put("alias", "marketing")
                            .put("domain", "contoso.com"));

            assertThat(confirm.toString())
                    .contains("Create this shared mailbox?", "marketing@contoso.com", "Afdeling Marketing");
        }
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext app, ObjectNode activity) {
        HttpResponse<String> response = App.post(
                app, "/api/messages", Activities.expectReplies(activity).toString(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static JsonNode press(ConfigurableApplicationContext app, JsonNode card, String verb, ObjectNode inputs) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", verb)
                .set("data", inputs.put("token", card.findValue("token").asText()));
        return card(send(app, Activities.invoke("restart-1", MEGAN, "adaptiveCard/action", value, "en-US")));
    }

    private static JsonNode card(HttpResponse<String> response) {
        List<JsonNode> replies = Activities.replies(response.body());
        for (JsonNode reply : replies) {
            JsonNode invoked = reply.path("value").path("body");
            if (invoked.path("type").asText().equals("application/vnd.microsoft.card.adaptive")) {
                return invoked.path("value");
            }
            if (reply.path("attachments").size() > 0) {
                return reply.path("attachments").get(0).path("content");
            }
        }
        throw new AssertionError("no card in " + response.body());
    }
}
