package io.postkamer.bot.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.RunningApp;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The first conversation over HTTP with expectReplies, as the local chat page holds it. */
class WelcomeTranscriptTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    private static List<JsonNode> say(com.fasterxml.jackson.databind.node.ObjectNode activity) {
        HttpResponse<String> response = App.post(
                APP.context(),
                "/api/messages",
                Activities.expectReplies(activity).toString(),
                null);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> replies = Activities.replies(response.body());
        assertThat(replies).noneMatch(reply -> "trace".equals(reply.path("type").asText()));
        return replies;
    }

    @Test
    @DisplayName("when the bot is added, it greets with the welcome card")
    void greetsWhenAdded() {
        List<JsonNode> replies = say(Activities.conversationUpdate("welcome-1", "user-1", "en-US"));

        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).path("attachments").get(0).path("contentType").asText())
                .isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(Activities.cardTexts(replies)).contains("Postkamer: shared mailboxes from Teams");
    }

    @Test
    @DisplayName("'help' in English gets the English welcome card")
    void helpInEnglish() {
        List<String> texts = Activities.cardTexts(say(Activities.message("welcome-2", "user-1", "help", "en-US")));

        assertThat(texts).contains("Postkamer: shared mailboxes from Teams");
        assertThat(texts).noneMatch(text -> text.contains("gedeelde postvakken"));
    }

    @Test
    @DisplayName("'hulp' from a Dutch client gets the Dutch welcome card")
    void helpInDutch() {
        List<String> texts = Activities.cardTexts(say(Activities.message("welcome-3", "user-1", "hulp", "nl-NL")));

        assertThat(texts).contains("Postkamer: gedeelde postvakken vanuit Teams");
    }

    @Test
    @DisplayName("the conversation's state never leaves the bot, even mid-wizard")
    void noStateInReplies() {
        HttpResponse<String> response = App.post(
                APP.context(),
                "/api/messages",
                Activities.expectReplies(Activities.message("welcome-4", "user-1", "create a shared mailbox", "en-US"))
                        .toString(),
                null);

        assertThat(response.body()).doesNotContain("dialogState").doesNotContain("\"trace\"");
    }

    @Test
    @DisplayName("a locale written with an underscore still gets Dutch, and a broken one gets English")
    void localesAsClientsSendThem() {
        assertThat(Activities.cardTexts(say(Activities.message("welcome-5", "user-1", "hulp", "nl_BE"))))
                .contains("Postkamer: gedeelde postvakken vanuit Teams");
        assertThat(Activities.cardTexts(say(Activities.message("welcome-6", "user-1", "help", "not a locale!"))))
                .contains("Postkamer: shared mailboxes from Teams");
    }
}
