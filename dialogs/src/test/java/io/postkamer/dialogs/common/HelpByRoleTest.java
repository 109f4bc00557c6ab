package io.postkamer.dialogs.common;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.demo.DemoTenant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Help is what the reader may do; a refusal offers the request that gets staff what they came for. */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class HelpByRoleTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final PostkamerBot bot = BotUnderTest.over(tenant, new io.postkamer.dialogs.audit.InMemoryAuditTrail());
    private final TestChannel channel;

    HelpByRoleTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "help-" + user + locale, user, locale);
    }

    private static List<String> submitted(JsonNode card) {
        List<String> actions = new ArrayList<>();
        card.path("actions")
                .forEach(
                        action -> actions.add(action.path("data").path("action").asText()));
        return actions;
    }

    @Test
    @DisplayName("an administrator's help offers creating and listing; staff's offers requests, in their language,"
            + " and both list the questions the bot answers")
    void helpByRole() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("help");
        assertThat(megan.cardText())
                .contains(
                        "Create a shared mailbox, with its members",
                        "Check the health of all shared mailboxes and fix what is wrong (\"health report\")",
                        "Have the owners review who has access to shared mailboxes (\"review access of <mailbox>\"",
                        "Offboard someone who leaves",
                        "Give someone the same mailbox access as someone else",
                        "Does a shared mailbox need a licence?")
                .doesNotContain("Ask for a new shared mailbox");
        assertThat(submitted(megan.card())).containsExactly("create", "list", "request");

        Chat flip = chat(FLIP, "nl-NL");
        flip.say("hulp");
        assertThat(flip.cardText())
                .contains(
                        "Een nieuw gedeeld postvak aanvragen",
                        "Vragen die ik beantwoord:",
                        "We werken met Exchange hybride: wat kan Postkamer?",
                        "Wat is automatisch toewijzen?")
                .doesNotContain("Een gedeeld postvak maken", "Create", "gezondheidsrapport");
        assertThat(submitted(flip.card())).containsExactly("request", "request.new");
    }

    @Test
    @DisplayName("staff who ask to create a mailbox are told they may not, and offered to request one; the offer opens"
            + " the request form")
    void refusalOffersTheRequest() {
        Chat flip = chat(FLIP, "nl-NL");
        int writes = tenant.writes().size();

        flip.say("maak een gedeeld postvak Verkoop");

        assertThat(flip.cardText())
                .contains("U bent niet gemachtigd", "Vraag het hier aan")
                .doesNotContain("Vraag het aan de helpdesk");
        assertThat(flip.buttons()).containsExactly("request.new", "request");

        flip.invoke("request.new", JsonNodeFactory.instance.objectNode());
        assertThat(flip.buttons()).contains("request.submitnew");
        assertThat(tenant.writes()).hasSize(writes);
    }

    @Test
    @DisplayName("\"I need a new shared mailbox for the sales team\" opens the new-mailbox request form with what it is"
            + " for proposed as its name and purpose, in English and Dutch")
    void needANewMailbox() {
        Chat flip = chat(FLIP, "en-US");

        flip.say("I need a new shared mailbox for the sales team");

        assertThat(flip.buttons()).contains("request.submitnew");
        assertThat(inputValue(flip.card(), "name")).isEqualTo("Sales team");
        assertThat(inputValue(flip.card(), "reason")).isEqualTo("Sales team");

        Chat ger = chat(GER, "nl-NL");
        ger.say("ik heb een nieuw gedeeld postvak nodig voor de afdeling Verkoop.");
        assertThat(inputValue(ger.card(), "name")).isEqualTo("Afdeling Verkoop");
    }

    private static String inputValue(JsonNode card, String id) {
        return card.findParents("id").stream()
                .filter(input -> input.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow()
                .path("value")
                .asText();
    }
}
