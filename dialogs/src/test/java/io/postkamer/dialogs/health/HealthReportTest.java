package io.postkamer.dialogs.health;

import static io.postkamer.mailbox.Contoso.DELETED_ACCOUNT;
import static io.postkamer.mailbox.Contoso.EXCHANGESTANDARD;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.KLANTENSERVICE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.SANNE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.demo.DemoTenant;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The health report on the demo tenant, in English and Dutch: every kind of finding shows, each fix is asked first,
 * made, audited, and gone from the report after; staff are refused.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class HealthReportTest {
    private static final LicencePrices PRICES =
            new LicencePrices(Map.of("EXCHANGESTANDARD", new BigDecimal("4.00")), Currency.getInstance("EUR"));

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot;
    private final TestChannel channel;

    HealthReportTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        MemoryStorage storage = new MemoryStorage();
        this.bot = new PostkamerBot(
                tenant,
                new ConversationState(storage),
                new UserState(storage),
                BotUnderTest.QUICK.withLicencePrices(PRICES),
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                Requests.inMemory().withAudit(audit),
                Reviews.inMemory(),
                channel.continuations());
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "health-" + user + "-" + locale, user, locale);
    }

    /** Presses the button with this verb whose data names this value, as the card gave it. */
    private static void press(Chat chat, String verb, String key, String value) {
        chat.invoke(verb, chat.buttonData(verb, key, value));
    }

    @Test
    @DisplayName("the report shows every kind of finding on the demo tenant, with the mailboxes, counts and the cost of"
            + " licences not needed, and changes nothing")
    void everyFindingInEnglish() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("health report");

        assertThat(megan.cardText())
                .contains(
                        "Health of the shared mailboxes",
                        "Made just now; 4 shared mailboxes checked.",
                        "Sign-in allowed (3)",
                        "facturen@contoso.com",
                        "klantenservice@contoso.com",
                        "projectarchief@contoso.com",
                        "Licence not needed (1)",
                        "Exchange Online (Plan 1) · 6.2 GB · €4.00 a month",
                        "Together €4.00 a month.",
                        "Licence needed (1)",
                        "47.5 GB of the 50 GB",
                        "No owner (4)",
                        "Rights of disabled or deleted accounts (2)",
                        "Sanne Willems, account disabled: Full Access",
                        "A deleted account: Send As",
                        "Hidden, with Send As or Send on Behalf (1)",
                        "Send As: Pradeep Gupta",
                        "Full Access through a group (1)",
                        "Full Access: Marketing Team")
                .doesNotContain(DELETED_ACCOUNT, "EXCHANGESTANDARD", "SEND_AS");
        assertThat(megan.buttonTitles())
                .contains(
                        "Block sign-in",
                        "Block sign-in for all 3",
                        "Remove Exchange Online (Plan 1)",
                        "Remove Full Access",
                        "Remove Send As",
                        "Show in address lists",
                        "Open",
                        "Give its members Full Access instead",
                        "Set owners",
                        "Show all 4",
                        "Check again");
        assertThat(tenant.writes()).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    @DisplayName("het rapport in het Nederlands toont elke bevinding in woorden, zonder code of Engels woord")
    void everyFindingInDutch() {
        Chat megan = chat(MEGAN, "nl-NL");

        megan.say("gezondheidsrapport");

        assertThat(megan.cardText())
                .contains(
                        "Gezondheid van de gedeelde postvakken",
                        "Gemaakt zojuist; 4 gedeelde postvakken nagekeken.",
                        "Aanmelden toegestaan (3)",
                        "Licentie niet nodig (1)",
                        "Exchange Online (Plan 1) · 6,2 GB · €\u00a04,00 per maand",
                        "Samen €\u00a04,00 per maand.",
                        "Licentie nodig (1)",
                        "47,5 GB van de 50 GB",
                        "Geen eigenaar (4)",
                        "Machtigingen van uitgeschakelde of verwijderde accounts (2)",
                        "Sanne Willems, account uitgeschakeld: Volledige toegang",
                        "Een verwijderd account: Verzenden als",
                        "Verborgen, met Verzenden als of Verzenden namens (1)",
                        "Verzenden als: Pradeep Gupta",
                        "Volledige toegang via een groep (1)",
                        "Volledige toegang: Marketing Team")
                .doesNotContain(
                        "Sign-in",
                        "sign-in",
                        "Full Access",
                        "Send As",
                        "Send on Behalf",
                        "licence",
                        "disabled",
                        "deleted",
                        "Remove",
                        "Block",
                        DELETED_ACCOUNT,
                        "EXCHANGESTANDARD",
                        "FULL_ACCESS",
                        "SEND_AS",
                        "null");
        assertThat(megan.buttonTitles())
                .contains(
                        "Aanmelden blokkeren",
                        "Aanmelden blokkeren voor alle 3",
                        "Exchange Online (Plan 1) verwijderen",
                        "Volledige toegang intrekken",
                        "Verzenden als intrekken",
                        "Tonen in adreslijsten",
                        "Openen",
                        "De leden zelf Volledige toegang geven",
                        "Eigenaren instellen",
                        "Alle 4 tonen",
                        "Opnieuw nakijken");
    }

    @Test
    @DisplayName("each fix is asked first, then made once and audited, and the report after it no longer shows it:"
            + " block one, block all, remove a licence, a disabled and a deleted account's right, show in the lists")
    void eachFixConfirmedAuditedAndGone() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("health report");

        press(megan, "health.block", "mailbox", FACTUREN);
        assertThat(megan.cardText())
                .contains("Block sign-in for Facturen?", "Its members keep their access through their own accounts.");
        assertThat(megan.buttonTitles()).containsExactly("Block sign-in", "Back to the report");
        assertThat(tenant.writes()).isEmpty();
        megan.pressButton("health.block");
        assertThat(megan.cardText()).contains("Sign-in blocked for Facturen.", "Sign-in allowed (2)");
        assertThat(tenant.writes()).containsExactly("block sign-in facturen");

        megan.pressButton("health.blockAll");
        assertThat(megan.cardText())
                .contains("Block sign-in for 2 shared mailboxes?", "Klantenservice, Projectarchief");
        megan.pressButton("health.blockAll");
        assertThat(megan.cardText())
                .contains("Sign-in blocked for 2 shared mailboxes.")
                .doesNotContain("Sign-in allowed (");

        press(megan, "health.removeLicence", "sku", EXCHANGESTANDARD);
        assertThat(megan.cardText())
                .contains(
                        "Remove Exchange Online (Plan 1) from Klantenservice?",
                        "Klantenservice holds 6.2 GB, without an archive or litigation hold",
                        "That saves €4.00 a month.");
        megan.pressButton("health.removeLicence");
        assertThat(megan.cardText())
                .contains("Exchange Online (Plan 1) removed from Klantenservice.")
                .doesNotContain("Licence not needed (", "Together €4.00 a month.");

        press(megan, "health.removePermission", "member", SANNE);
        assertThat(megan.cardText())
                .contains(
                        "Remove Full Access from Sanne Willems?",
                        "Sanne Willems's account is disabled: the right serves nobody on Klantenservice.");
        megan.pressButton("health.removePermission");
        assertThat(megan.cardText())
                .contains("Full Access removed from Sanne Willems.", "Rights of disabled or deleted accounts (1)")
                .doesNotContain("Sanne Willems, account disabled");

        press(megan, "health.removePermission", "member", DELETED_ACCOUNT);
        assertThat(megan.cardText())
                .contains("Remove Send As from a deleted account?", "Exchange shows it only by a number");
        megan.pressButton("health.removePermission");
        assertThat(megan.cardText())
                .contains("Send As removed from a deleted account.")
                .doesNotContain("Rights of disabled or deleted accounts (");

        press(megan, "health.show", "mailbox", FACTUREN);
        assertThat(megan.cardText()).contains("Show Facturen in the address lists?");
        megan.pressButton("health.show");
        assertThat(megan.cardText())
                .contains("Facturen is shown in the address lists again.")
                .doesNotContain("Hidden, with Send As or Send on Behalf (");

        assertThat(tenant.writes().subList(1, 3))
                .as("blocked side by side")
                .containsExactlyInAnyOrder("block sign-in klantenservice", "block sign-in projectarchief");
        assertThat(tenant.writes())
                .hasSize(7)
                .startsWith("block sign-in facturen")
                .endsWith(
                        "remove licence klantenservice EXCHANGESTANDARD",
                        "revoke klantenservice Sanne Willems FULL_ACCESS",
                        "revoke klantenservice " + DELETED_ACCOUNT + " SEND_AS",
                        "show facturen");
        assertThat(audit.all())
                .extracting(AuditEntry::action, entry -> entry.target().name(), AuditEntry::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("block sign-in", "Facturen", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("block sign-in", "Klantenservice", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("block sign-in", "Projectarchief", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple(
                                "remove licence", "Klantenservice", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple(
                                "revoke FULL_ACCESS", "Sanne Willems", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("revoke SEND_AS", DELETED_ACCOUNT, AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple(
                                "show in address lists", "Facturen", AuditEntry.Outcome.DONE));
        assertThat(audit.all())
                .allSatisfy(entry -> assertThat(entry.actor().id()).isEqualTo(MEGAN));

        megan.pressButton("health.report");
        assertThat(megan.cardText())
                .as("read afresh from the tenant, the fixed findings are gone")
                .contains("Made just now", "No owner (4)", "Licence needed (1)", "Full Access through a group (1)")
                .doesNotContain(
                        "Sign-in allowed (",
                        "Licence not needed (",
                        "Rights of disabled or deleted accounts (",
                        "Hidden, with Send As or Send on Behalf (");
    }

    @Test
    @DisplayName("de geschiedenis vertelt het intrekken voor een verwijderd account in woorden, zonder het nummer")
    void historyTellsADeletedAccountInWords() {
        Chat megan = chat(MEGAN, "nl-NL");
        megan.say("gezondheidsrapport");
        press(megan, "health.removePermission", "member", DELETED_ACCOUNT);
        megan.pressButton("health.removePermission");

        megan.say("geschiedenis van klantenservice@contoso.com");

        assertThat(megan.cardText())
                .contains("Megan Bowen heeft Verzenden als van een verwijderd account ingetrokken")
                .doesNotContain(DELETED_ACCOUNT, "SEND_AS");
    }

    @Test
    @DisplayName("een herstel in het Nederlands: eerst de vraag, dan gedaan en uit het rapport")
    void aFixInDutch() {
        Chat megan = chat(MEGAN, "nl-NL");
        megan.say("toon het gezondheidsrapport");

        press(megan, "health.block", "mailbox", KLANTENSERVICE);
        assertThat(megan.cardText()).contains("Aanmelden blokkeren voor Klantenservice?", "Terug naar het rapport");
        megan.pressButton("health.block");

        assertThat(megan.cardText())
                .contains("Aanmelden voor Klantenservice is geblokkeerd.", "Aanmelden toegestaan (2)");
        assertThat(tenant.writes()).containsExactly("block sign-in klantenservice");
    }

    @Test
    @DisplayName("a member of staff asking for the report or pressing a fix is refused with the usual answer, audited,"
            + " and nothing is read or changed for them")
    void staffAreRefused() {
        Chat flip = chat(FLIP, "en-US");

        flip.say("health report");
        assertThat(flip.lastToast())
                .contains("You are not authorised", "Global Administrator or an Exchange Administrator");

        flip.invoke(
                "health.block",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()
                        .put("mailbox", FACTUREN)
                        .put("confirmed", true));

        assertThat(tenant.writes()).isEmpty();
        assertThat(audit.all())
                .extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReportScreen.READ, AuditEntry.Outcome.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("block sign-in", AuditEntry.Outcome.REFUSED));
    }

    @Test
    @DisplayName("\"show all\" lists a finding in full, a page at a time, with its fixes and the way back")
    void aFindingInFull() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("shared mailbox health");

        megan.pressButton("health.more");

        assertThat(megan.cardText())
                .contains(
                        "No owner (4)",
                        "Facturen",
                        "Klantenservice",
                        "Ontvangstgebouw 32",
                        "Projectarchief",
                        "Page 1 of 1",
                        "Back to the report");
        megan.pressButton("health.report");
        assertThat(megan.cardText()).contains("Health of the shared mailboxes", "Sign-in allowed (3)");
    }
}
