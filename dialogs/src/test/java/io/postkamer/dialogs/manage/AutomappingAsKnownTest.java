package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.BRAM;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On a real tenant Exchange does not say whether a Full Access grant maps the mailbox in Outlook: the bot says it
 * only for grants it made, and "not known" for the rest, never a guess.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class AutomappingAsKnownTest {
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService());
    private final TestChannel channel;

    AutomappingAsKnownTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    @AfterEach
    void stop() {
        m365.close();
    }

    private Chat chat(String locale) {
        return new Chat(channel, () -> bot, "automapping-" + locale, MEGAN, locale);
    }

    private static ObjectNode about(String... pairs) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("mailbox", RECEPTIE32);
        for (int i = 0; i < pairs.length; i += 2) {
            data.put(pairs[i], pairs[i + 1]);
        }
        return data;
    }

    private List<String> fullAccessWrites() {
        return m365.cmdlets().stream()
                .filter(cmdlet -> cmdlet.endsWith("-MailboxPermission") && !cmdlet.startsWith("Get-"))
                .toList();
    }

    @Test
    @DisplayName(
            "a grant made outside the bot reads 'automapping not known' with both switches; a switch makes it known")
    void notKnownUntilTheBotSetsIt() {
        Chat megan = chat("en-US");

        megan.say("open Ontvangstgebouw 32");
        assertThat(megan.cardText())
                .contains("Ger Verbeek", "Full Access (automapping not known)")
                .doesNotContain("without automapping");
        assertThat(megan.card().toString()).contains("Turn automapping on", "Turn automapping off");
        assertThat(notKnown(megan)).as("Flip, Anouk and Ger, granted elsewhere").isEqualTo(3);

        megan.invoke("manage.automapping", about("member", GER, "name", "Ger Verbeek", "autoMapping", "false"));

        assertThat(fullAccessWrites()).containsExactly("Remove-MailboxPermission", "Add-MailboxPermission");
        assertThat(m365.requests())
                .filteredOn(request -> request.isExchange() && request.cmdlet().equals("Add-MailboxPermission"))
                .singleElement()
                .satisfies(
                        add -> assertThat(add.parameters().path("AutoMapping").asBoolean(true))
                                .isFalse());
        assertThat(megan.cardText()).contains("Automapping for Ger Verbeek is now off");
        megan.say("open Ontvangstgebouw 32");
        assertThat(notKnown(megan)).as("Ger's is known now").isEqualTo(2);
    }

    private static long notKnown(Chat chat) {
        return chat.cardText().split("automapping not known", -1).length - 1L;
    }

    @Test
    @DisplayName("in Dutch: 'automatisch toewijzen onbekend', and adding a right to a member leaves their Full Access"
            + " and its automapping untouched")
    void dutchAndAddingLeavesItAlone() {
        Chat megan = chat("nl-NL");

        megan.say("open Ontvangstgebouw 32");
        assertThat(megan.cardText()).contains("Volledige toegang (automatisch toewijzen onbekend)");

        megan.invoke(
                "manage.applyMembers",
                about(
                        "add." + GER,
                        "SEND_AS",
                        "people",
                        BRAM,
                        "fullAccess",
                        "true",
                        "autoMapping",
                        "true",
                        "sendAs",
                        "false",
                        "sendOnBehalf",
                        "false"));

        assertThat(m365.requests())
                .filteredOn(request -> request.isExchange() && request.cmdlet().equals("Add-MailboxPermission"))
                .extracting(request -> request.parameters().path("User").asText())
                .as("only Bram is given Full Access; Ger's is not sent again")
                .containsExactly("bram.dejong@contoso.com");
        assertThat(fullAccessWrites()).doesNotContain("Remove-MailboxPermission");
        megan.say("open Ontvangstgebouw 32");
        assertThat(megan.cardText())
                .contains("Bram de Jong", "Volledige toegang (automatisch toewijzen)")
                .contains("Volledige toegang (automatisch toewijzen onbekend)");
    }
}
