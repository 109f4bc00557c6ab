package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
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
 * The wizard's last cards offer what comes next, and its old cards, pressed after it is over, answer with the
 * mailbox as it is now rather than "start again".
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class CreateMailboxNextStepsTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final PostkamerBot bot = BotUnderTest.over(tenant);
    private final TestChannel channel;

    CreateMailboxNextStepsTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String locale) {
        return new Chat(channel, () -> bot, "next-steps-1", MEGAN, locale);
    }

    /** Name, address and create: the mailbox exists and the members card is in front. */
    private static void createMarketing(Chat megan, String start) {
        megan.say(start);
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
    }

    /** Flip with Full Access and Send As, Ger with Send on Behalf only; then the sign-in step. */
    private static void membersAndPermissions(Chat megan) {
        megan.press("next", Map.of("members", FLIP + "," + GER));
        assertThat(megan.cardText())
                .containsAnyOf(
                        "Send As or Send on Behalf without Full Access: the person can send from the mailbox's address but cannot open the mailbox",
                        "Verzenden als of Verzenden namens zonder Volledige toegang: de persoon kan verzenden vanaf het adres van het postvak, maar kan het postvak niet openen");
        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());
        megan.press("next");
    }

    @Test
    @DisplayName(
            "sign-in left open: the summary says why blocking is advised and offers Open, Calendar and Block sign-in; blocking from it shows the overview, blocked")
    void summaryOffersBlockWhenLeftOpen() {
        Chat megan = chat("en-US");
        createMarketing(megan, "create a shared mailbox");
        membersAndPermissions(megan);

        megan.press("skip");

        assertThat(megan.cardText())
                .contains(
                        "Afdeling Marketing is ready",
                        "Not blocked",
                        "The mailbox's own account has a password nobody should use",
                        "Ger Verbeek: Send on Behalf (cannot open the mailbox without Full Access)");
        assertThat(megan.buttons()).containsExactly("manage.open", "manage.calendar", "manage.block");
        assertThat(megan.buttonTitles()).containsExactly("Open the overview", "Calendar", "Block sign-in");

        megan.pressButton("manage.block");
        assertThat(megan.cardText()).contains("Sign-in for Afdeling Marketing is blocked.", "Blocked");
        assertThat(tenant.writes()).last().isEqualTo("block sign-in marketing");
    }

    @Test
    @DisplayName(
            "aanmelden geblokkeerd: de samenvatting biedt Overzicht openen en Agenda, zonder Aanmelden blokkeren of het advies")
    void summaryWhenBlockedInDutch() {
        Chat megan = chat("nl-NL");
        createMarketing(megan, "maak een gedeeld postvak");
        membersAndPermissions(megan);
        assertThat(megan.buttonTitles()).contains("Aanmelden blokkeren", "Aanmelden open laten");

        megan.press("block");

        assertThat(megan.cardText())
                .contains("Afdeling Marketing is klaar", "Geblokkeerd")
                .doesNotContain("Niet geblokkeerd", "Het eigen account van het postvak heeft een wachtwoord");
        assertThat(megan.buttons()).containsExactly("manage.open", "manage.calendar");
        assertThat(megan.buttonTitles()).containsExactly("Overzicht openen", "Agenda");

        megan.pressButton("manage.open");
        assertThat(megan.cardText()).contains("Afdeling Marketing", "marketing@contoso.com", "Flip Schoonen");
    }

    @Test
    @DisplayName("de samenvatting met aanmelden open legt in het Nederlands uit waarom blokkeren wordt aangeraden")
    void summaryNudgeInDutch() {
        Chat megan = chat("nl-NL");
        createMarketing(megan, "maak een gedeeld postvak");
        membersAndPermissions(megan);

        megan.press("skip");

        assertThat(megan.cardText())
                .contains(
                        "Niet geblokkeerd",
                        "Het eigen account van het postvak heeft een wachtwoord dat niemand hoort te gebruiken",
                        "Ger Verbeek: Verzenden namens (kan het postvak niet openen zonder Volledige toegang)");
        assertThat(megan.buttonTitles()).containsExactly("Overzicht openen", "Agenda", "Aanmelden blokkeren");
    }

    @Test
    @DisplayName(
            "a button of an old wizard card pressed after cancel, when the mailbox exists, says so and offers its overview")
    void oldCardAfterCancelShowsTheMailbox() {
        Chat megan = chat("en-US");
        createMarketing(megan, "create a shared mailbox");
        Chat.Shown members = megan.shown();

        megan.say("cancel");
        assertThat(megan.cardText())
                .contains("Stopped", "what was already done stays as it is", "marketing@contoso.com");
        assertThat(megan.buttons()).containsExactly("manage.open", "manage.calendar");

        megan.pressOn(members, "next", Map.of("members", FLIP));
        assertThat(megan.cardText())
                .contains(
                        "Afdeling Marketing already exists",
                        "This card is from a wizard that has ended",
                        "marketing@contoso.com",
                        "Not blocked")
                .doesNotContain("start again");
        assertThat(megan.toasts()).noneMatch(toast -> toast.contains("start again"));
        assertThat(megan.buttons()).containsExactly("manage.open", "manage.calendar");
        assertThat(tenant.delegates(
                        tenant.mailbox("marketing@contoso.com").orElseThrow().id()))
                .as("the old card changes nothing")
                .isEmpty();

        megan.pressButton("manage.open");
        assertThat(megan.cardText()).contains("Afdeling Marketing", "No members yet.");
    }

    @Test
    @DisplayName(
            "een oude knop van de wizard na afloop toont het postvak zoals het nu is, ook de knop Maken van de bevestiging")
    void oldCardAfterTheEndInDutch() {
        Chat megan = chat("nl-NL");
        megan.say("maak een gedeeld postvak");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        Chat.Shown confirm = megan.shown();
        megan.press("create");
        membersAndPermissions(megan);
        megan.press("block");

        megan.pressOn(confirm, "create", Map.of());

        assertThat(megan.cardText())
                .contains(
                        "Afdeling Marketing bestaat al",
                        "Deze kaart hoort bij een wizard die is afgelopen",
                        "Geblokkeerd");
        assertThat(megan.buttonTitles()).containsExactly("Overzicht openen", "Agenda");
        assertThat(tenant.writes())
                .filteredOn(write -> write.startsWith("create"))
                .hasSize(1);
    }

    @Test
    @DisplayName("an old card of a wizard stopped before the mailbox was made still says to start again")
    void oldCardBeforeCreateExpires() {
        Chat megan = chat("en-US");
        megan.say("create a shared mailbox");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        Chat.Shown address = megan.shown();
        megan.say("cancel");
        assertThat(megan.cardText()).contains("Nothing was created.");

        megan.pressOn(address, "next", Map.of("alias", "marketing", "domain", "contoso.com"));

        assertThat(megan.toasts()).anySatisfy(toast -> assertThat(toast).contains("to start again"));
        assertThat(tenant.mailbox("marketing@contoso.com")).isEmpty();
    }
}
