package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What people read is in their language and in words: no codes, ids or ISO dates on a card. */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class PlainWordsTest {
    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;

    PlainWordsTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "words-" + user + locale, user, locale);
    }

    private void audited(
            String action,
            String member,
            String memberId,
            AuditEntry.Outcome outcome,
            String detail,
            String before,
            String after) {
        audit.record(new AuditEntry(
                NOON,
                new AuditEntry.Party(MEGAN, "Megan Bowen"),
                action,
                new AuditEntry.Target(memberId, member, "receptie32@contoso.com"),
                0,
                outcome,
                detail,
                before,
                after));
    }

    private void aWeekOfChanges() {
        audited("grant SEND_AS", "Flip Schoonen", FLIP, AuditEntry.Outcome.DONE, "", "", "");
        audited("revoke FULL_ACCESS", "Flip Schoonen", FLIP, AuditEntry.Outcome.DONE, "", "", "");
        String reason = Texts.forLocale("en").get("problem.LICENCE_STILL_NEEDED", "Ontvangstgebouw 32");
        audited("remove licence", "Ontvangstgebouw 32", RECEPTIE32, AuditEntry.Outcome.FAILED, reason, "SPE_E3", "");
        audited(
                "convert to shared",
                "Ontvangstgebouw 32",
                RECEPTIE32,
                AuditEntry.Outcome.DONE,
                "",
                "user mailbox",
                "shared mailbox");
        audited(
                "switch automapping",
                "Flip Schoonen",
                FLIP,
                AuditEntry.Outcome.ALREADY_SO,
                "",
                "Flip Schoonen automapping true",
                "Flip Schoonen automapping false");
    }

    @Test
    @DisplayName("a mailbox's history in Dutch tells each change as a sentence, licences by product name, reasons in"
            + " Dutch, with no code, arrow or ISO date")
    void historyInDutchWords() {
        aWeekOfChanges();
        Chat megan = chat(MEGAN, "nl-NL");

        megan.say("geschiedenis van receptie32@contoso.com");

        assertThat(megan.cardText())
                .contains(
                        "Geschiedenis van Ontvangstgebouw 32",
                        "Megan Bowen heeft Flip Schoonen Verzenden als gegeven",
                        "Megan Bowen heeft Volledige toegang van Flip Schoonen ingetrokken",
                        "Megan Bowen vroeg om de licentie Microsoft 365 E3 te verwijderen",
                        "Mislukt: " + Texts.forLocale("nl").get("problem.LICENCE_STILL_NEEDED", "Ontvangstgebouw 32"),
                        "Megan Bowen heeft Ontvangstgebouw 32 omgezet naar een gedeeld postvak",
                        "Megan Bowen zette automatisch toewijzen voor Flip Schoonen uit",
                        "Was al zo: niets gewijzigd",
                        "23 nov. 2026")
                .doesNotContain(
                        "SEND_AS", "FULL_ACCESS", "SPE_E3", "LICENCE_STILL_NEEDED", "→", "2026-11-23", "still needs");
    }

    @Test
    @DisplayName("the same history in English reads as English sentences")
    void historyInEnglishWords() {
        aWeekOfChanges();
        Chat megan = chat(MEGAN, "en-US");

        megan.say("history of receptie32@contoso.com");

        assertThat(megan.cardText())
                .contains(
                        "Megan Bowen gave Flip Schoonen Send As",
                        "Megan Bowen removed Full Access from Flip Schoonen",
                        "Megan Bowen asked to remove the licence Microsoft 365 E3",
                        "Failed: Ontvangstgebouw 32 still needs a licence",
                        "Megan Bowen converted Ontvangstgebouw 32 to a shared mailbox",
                        "Megan Bowen switched automapping off for Flip Schoonen",
                        "Nov 23, 2026")
                .doesNotContain("SEND_AS", "SPE_E3", "→");
    }

    @Test
    @DisplayName("an appointment whose start has passed is refused on the card, in the reader's language, and nothing"
            + " is added")
    void noAppointmentInThePast() {
        Chat flip = chat(FLIP, "nl-NL");
        int writes = tenant.writes().size();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);

        flip.invoke(
                "manage.addEvent",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("mailbox", RECEPTIE32)
                        .put("subject", "Overleg")
                        .put("date", yesterday.toString())
                        .put("start", "10:00")
                        .put("end", "11:00")
                        .put("location", ""));

        assertThat(flip.cardText()).contains("Dat begin is al voorbij", "Overleg");
        assertThat(tenant.writes()).hasSize(writes);
    }
}
