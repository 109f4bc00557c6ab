package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.ANOUK;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.HENK_MAILBOX;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.MEGAN_MAILBOX;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The question before a change that takes something away or hides, in English and Dutch, and the buttons' names. */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class ManageConfirmationsTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;

    ManageConfirmationsTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "confirm-1", user, locale);
    }

    private static ObjectNode about(String mailbox) {
        return JsonNodeFactory.instance.objectNode().put("mailbox", mailbox);
    }

    private static ObjectNode right(String member, String right) {
        return about(RECEPTIE32).put("member", member).put("right", right);
    }

    private static JsonNode button(Chat chat, String verb) {
        return chat.card().findParents("verb").stream()
                .filter(action -> action.path("verb").asText().equals(verb))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "Verbergen vraagt eerst, met de waarschuwing over Verzenden als en Verzenden namens vóór het verbergen; Terug verandert niets")
    void hideAsksFirstInDutch() {
        Chat megan = chat(MEGAN, "nl-NL");

        megan.invoke("manage.hide", about(RECEPTIE32));

        assertThat(megan.cardText())
                .contains(
                        "Ontvangstgebouw 32 verbergen in de adreslijsten?",
                        "e-mail aan het adres komt gewoon binnen",
                        "werken Verzenden als en Verzenden namens niet in de Outlook-bureaubladclient");
        assertThat(megan.buttonTitles()).containsExactly("Verbergen in adreslijsten", "Terug naar het postvak");
        assertThat(button(megan, "manage.hide").path("data").path("confirmed").asBoolean())
                .isTrue();
        assertThat(button(megan, "manage.hide").path("style").asText()).isEqualTo("destructive");

        megan.pressButton("manage.open");
        assertThat(megan.cardText()).contains("Ontvangstgebouw 32", "Zichtbaar");
        assertThat(tenant.writes()).isEmpty();
        assertThat(audit.all()).as("a question is no change").isEmpty();

        megan.invoke("manage.hide", about(RECEPTIE32));
        megan.pressButton("manage.hide");
        assertThat(megan.cardText()).contains("Ontvangstgebouw 32 is nu verborgen in de adreslijsten.", "Verborgen");
        assertThat(tenant.writes()).containsExactly("hide receptie32");
    }

    @Test
    @DisplayName(
            "taking Full Access from someone who keeps Send on Behalf warns that they cannot open the mailbox with it alone, and the overview says so after")
    void fullAccessTakenWarnsAboutSendingOnly() {
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke("manage.revoke", right(ANOUK, "FULL_ACCESS"));
        assertThat(megan.cardText())
                .contains(
                        "Remove Full Access from Anouk Smit?",
                        "Anouk Smit can no longer open Ontvangstgebouw 32 or read its mail",
                        "Anouk Smit keeps Send on Behalf, but without Full Access they cannot open the mailbox");
        assertThat(megan.buttonTitles()).containsExactly("Remove Full Access from Anouk Smit", "Back to the mailbox");
        assertThat(tenant.writes()).isEmpty();

        megan.pressButton("manage.revoke");
        assertThat(megan.cardText())
                .contains(
                        "Full Access removed from Anouk Smit.",
                        "Without Full Access: can send from its address, cannot open the mailbox.");
        assertThat(tenant.writes()).containsExactly("revoke receptie32 Anouk Smit FULL_ACCESS");
    }

    @Test
    @DisplayName(
            "Eén machtiging of alle machtigingen intrekken vraagt eerst, in het Nederlands, en noemt wat er verloren gaat")
    void revokeAsksFirstInDutch() {
        Chat megan = chat(MEGAN, "nl-NL");

        megan.invoke("manage.revoke", right(FLIP, "SEND_AS"));
        assertThat(megan.cardText())
                .contains(
                        "Verzenden als intrekken voor Flip Schoonen?",
                        "Flip Schoonen kan geen e-mail meer verzenden als Ontvangstgebouw 32.");
        assertThat(megan.buttonTitles())
                .containsExactly("Verzenden als intrekken voor Flip Schoonen", "Terug naar het postvak");

        megan.invoke("manage.revokeAll", about(RECEPTIE32).put("member", ANOUK).put("name", "Anouk"));
        assertThat(megan.cardText())
                .contains(
                        "Alle machtigingen van Anouk Smit op Ontvangstgebouw 32 intrekken?",
                        "Anouk Smit heeft nu: Volledige toegang, Verzenden namens. Dat wordt allemaal ingetrokken.",
                        "Anouk Smit kan geen e-mail meer verzenden namens Ontvangstgebouw 32.");
        assertThat(tenant.writes()).isEmpty();

        megan.pressButton("manage.revokeAll");
        assertThat(megan.cardText()).contains("Anouk Smit heeft geen machtigingen meer op dit postvak.");
        assertThat(tenant.delegates(RECEPTIE32))
                .noneMatch(grant -> grant.trusteeId().equals(ANOUK));
    }

    @Test
    @DisplayName(
            "a confirmation pressed after the right was already taken away is refused by the change's own check, audited, and changes nothing")
    void staleConfirmationIsCheckedAgain() {
        Chat megan = chat(MEGAN, "en-US");
        megan.invoke("manage.revoke", right(FLIP, "SEND_AS"));
        // Someone else takes it away while the question is on the screen.
        tenant.revoke(RECEPTIE32, FLIP, Right.SEND_AS);
        List<String> before = tenant.writes();

        megan.pressButton("manage.revoke");

        assertThat(megan.cardText()).contains("Flip Schoonen does not hold that permission on Ontvangstgebouw 32");
        assertThat(tenant.writes()).isEqualTo(before);
        assertThat(audit.all()).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.REFUSED);
        assertThat(tenant.delegates(RECEPTIE32))
                .contains(new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true));
    }

    @Test
    @DisplayName(
            "converting the admin's own mailbox is asked more firmly; a Convert press without the confirmation asks instead of converting")
    void ownMailboxIsAskedFirmly() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("convert megan.bowen@contoso.com to shared");
        assertThat(megan.cardText())
                .contains(
                        "Convert Megan Bowen to a shared mailbox?",
                        "This is your own mailbox, the one you are signed in with");
        assertThat(megan.buttonTitles()).containsExactly("Yes, convert my own mailbox", "Keep it a user mailbox");
        assertThat(button(megan, "manage.convert").path("style").asText()).isEqualTo("destructive");

        megan.invoke("manage.convert", about(MEGAN_MAILBOX));
        assertThat(megan.cardText()).contains("This is your own mailbox");
        assertThat(tenant.writes()).isEmpty();

        megan.pressButton("manage.cancel");
        assertThat(megan.lastToast()).contains("Nothing was changed.");

        Chat sanne = chat(MEGAN, "en-US");
        sanne.say("convert sanne.willems@contoso.com");
        assertThat(sanne.cardText())
                .doesNotContain("This is your own mailbox", "as a shared mailbox it still needs its licence");
        assertThat(sanne.buttonTitles()).containsExactly("Convert to shared mailbox", "Keep it a user mailbox");
        assertThat(tenant.mailbox(SANNE_MAILBOX).orElseThrow().isShared()).isFalse();
    }

    @Test
    @DisplayName(
            "na het omzetten van een postvak waarvan aanmelden open staat, vraagt de kaart om te blokkeren en biedt Aanmelden blokkeren; de rij en de knop zijn gelezen na de wijziging")
    void afterConversionTheCardFollowsTheState() {
        Chat megan = chat(MEGAN, "nl-NL");
        megan.say("zet megan.bowen@contoso.com om naar een gedeeld postvak");
        assertThat(megan.buttonTitles()).contains("Ja, mijn eigen postvak omzetten");

        megan.pressButton("manage.convert");

        assertThat(megan.cardText())
                .contains(
                        "Megan Bowen is nu een gedeeld postvak.",
                        "Blokkeer de aanmelding voor het account",
                        "De licentie kan worden verwijderd",
                        "Niet geblokkeerd");
        assertThat(megan.buttons()).contains("manage.block").doesNotContain("manage.unblockAsk");
        assertThat(tenant.writes()).containsExactly("convert megan.bowen");
    }

    @Test
    @DisplayName(
            "een groot postvak met licentie en archief omzetten vraagt met nadruk om de licentie te houden, in het Nederlands en Engels")
    void largeLicensedMailboxIsAskedFirmly() {
        Chat dutch = chat(MEGAN, "nl-NL");
        dutch.say("zet henk.bakker@contoso.com om naar een gedeeld postvak");
        assertThat(dutch.cardText())
                .contains(
                        "Dit postvak bevat 62,0 GB en heeft een archief: als gedeeld postvak heeft het zijn licentie nog nodig");
        assertThat(dutch.buttonTitles()).containsExactly("Omzetten en licentie houden", "Gebruikerspostvak laten");

        Chat english = chat(MEGAN, "en-US");
        english.invoke("manage.convert", about(HENK_MAILBOX));
        assertThat(english.cardText())
                .contains(
                        "This mailbox holds 62.0 GB and has an archive: as a shared mailbox it still needs its licence");
        assertThat(button(english, "manage.convert").path("style").asText()).isEqualTo("destructive");
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName(
            "een Deblokkeren-knop zonder bevestiging (een oude of nagemaakte) vraagt eerst met het risico, en verandert niets")
    void unblockWithoutConfirmationAsks() {
        Chat megan = chat(MEGAN, "nl-NL");

        megan.invoke("manage.unblock", about(RECEPTIE32));

        assertThat(megan.cardText()).contains("Aanmelding deblokkeren?", "niemand hoort te gebruiken");
        assertThat(button(megan, "manage.unblock")
                        .path("data")
                        .path("confirmed")
                        .asBoolean())
                .isTrue();
        assertThat(tenant.writes()).isEmpty();
        megan.pressButton("manage.unblock");
        assertThat(megan.cardText()).contains("Aanmelding voor Ontvangstgebouw 32 is weer toegestaan.");
    }

    @Test
    @DisplayName(
            "every button of the overview names what it acts on, in English and Dutch: no bare Hide, Verbergen or Blokkeren")
    void buttonsHaveAnObject() {
        Chat english = chat(MEGAN, "en-US");
        english.invoke("manage.open", about(FACTUREN));
        assertThat(english.buttonTitles()).contains("Show in address lists", "Block sign-in");
        english.invoke("manage.open", about(RECEPTIE32));
        assertThat(english.buttonTitles())
                .contains("Hide from address lists", "Unblock sign-in", "Remove Send As", "Remove all rights")
                .doesNotContain("Hide", "Show", "Block", "Unblock");

        Chat dutch = chat(MEGAN, "nl-NL");
        dutch.invoke("manage.open", about(RECEPTIE32));
        assertThat(dutch.buttonTitles())
                .contains("Verbergen in adreslijsten", "Aanmelden deblokkeren")
                .doesNotContain("Verbergen", "Blokkeren", "Deblokkeren", "Tonen");
        dutch.invoke("manage.open", about(FACTUREN));
        assertThat(dutch.buttonTitles()).contains("Tonen in adreslijsten", "Aanmelden blokkeren");
        dutch.invoke("manage.unblockAsk", about(RECEPTIE32));
        assertThat(dutch.buttonTitles()).containsExactly("Aanmelden toch deblokkeren", "Aanmelden geblokkeerd laten");
    }
}
