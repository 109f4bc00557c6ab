package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.demo.DemoTenant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * While the create wizard waits at a step, a command typed in between answers as itself, in English
 * and Dutch; the wizard keeps its place, "continue with …" shows its card again, and the step only
 * judges what it asked for.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class CommandsInsideAFlowTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final PostkamerBot bot = BotUnderTest.over(tenant);
    private final TestChannel channel;

    CommandsInsideAFlowTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    /** Megan creates Afdeling Marketing up to the members step. */
    private Chat atTheMembersStep(String locale) {
        Chat megan = new Chat(channel, () -> bot, "commands-" + locale, MEGAN, locale);
        megan.say(
                locale.startsWith("nl")
                        ? "maak een gedeeld postvak Afdeling Marketing"
                        : "create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
        assertThat(megan.buttons()).contains("next");
        return megan;
    }

    @Test
    @DisplayName(
            "help, show shared mailboxes, my requests and approvals answer as themselves; the members card still works afterwards")
    void commandsAnswerAndTheFlowKeepsItsPlace() {
        Chat megan = atTheMembersStep("en-US");
        Chat.Shown members = megan.shown();

        megan.say("help");
        assertThat(megan.cardText())
                .contains("Postkamer: shared mailboxes from Teams")
                .doesNotContain("Choose at least one person");
        megan.say("show shared mailboxes");
        assertThat(megan.cardText()).contains("Ontvangstgebouw 32");
        megan.say("my requests");
        assertThat(megan.cardText()).contains("Your requests");
        megan.say("approvals");
        assertThat(megan.cardText()).doesNotContain("Choose at least one person", "Add members");
        megan.say("which permission should I use?");
        assertThat(megan.cardText()).contains("Full Access");

        megan.pressOn(members, "next", Map.of("members", FLIP));
        assertThat(megan.cardText()).contains("Choose permissions", "Flip Schoonen");
    }

    @Test
    @DisplayName(
            "continue with Afdeling Marketing shows the waiting step's card again, below the answers given in between")
    void continueReturnsToTheFlow() {
        Chat megan = atTheMembersStep("en-US");
        String token = megan.shown().token();
        megan.say("open receptie32@contoso.com");
        assertThat(megan.cardText()).contains("Ontvangstgebouw 32");

        TestChannel.Turn back = megan.say("continue with Afdeling Marketing");

        assertThat(back.posted())
                .as("a new message, not an update far up the chat")
                .hasSize(1);
        assertThat(megan.cardText()).contains("Add members", "Afdeling Marketing");
        assertThat(megan.shown().token()).isEqualTo(token);
        megan.press("next", Map.of("members", FLIP));
        assertThat(megan.cardText()).contains("Choose permissions");
    }

    @Test
    @DisplayName(
            "in Dutch: hulp, toon gedeelde postvakken and mijn aanvragen answer; ga verder met Afdeling Marketing goes back")
    void dutch() {
        Chat megan = atTheMembersStep("nl-NL");

        megan.say("hulp");
        assertThat(megan.cardText()).contains("Postkamer: gedeelde postvakken vanuit Teams");
        megan.say("toon gedeelde postvakken");
        assertThat(megan.cardText()).contains("Ontvangstgebouw 32");
        megan.say("mijn aanvragen");
        assertThat(megan.cardText()).contains("aanvragen");
        megan.say("ga verder met Afdeling Marketing");
        assertThat(megan.cardText()).contains("Afdeling Marketing").contains("Leden");
    }

    @Test
    @DisplayName(
            "text the members step did not ask for is not judged as its answer: a hint, no error on the card, nothing changed")
    void unrecognisedTextIsNotTheStepsAnswer() {
        Chat megan = atTheMembersStep("en-US");
        Chat.Shown members = megan.shown();

        megan.say("flip and ger please");

        assertThat(megan.lastToast())
                .contains("I did not understand \"flip and ger please\"", "continue with Afdeling Marketing");
        assertThat(megan.card()).isEqualTo(members.card());
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
        megan.pressOn(members, "next", Map.of("members", FLIP));
        assertThat(megan.cardText()).contains("Choose permissions");
    }

    @Test
    @DisplayName("cancel still stops the wizard that waits")
    void cancelStillStops() {
        Chat megan = atTheMembersStep("en-US");

        megan.say("cancel");

        assertThat(megan.cardText()).contains("I stopped");
        megan.say("flip and ger please");
        assertThat(megan.cardText())
                .contains("I did not understand")
                .doesNotContain("continue with Afdeling Marketing");
    }
}
