package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.KLANTENSERVICE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.SentItemsCopies;
import io.postkamer.mailbox.demo.DemoOperation;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The overview's switch for copies of mail sent as or on behalf of a shared mailbox in its own Sent Items: the state
 * in words, the switch for administrators, the change made on the tenant and told in the audit.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class SentItemsCopiesTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;

    SentItemsCopiesTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "sent-items-" + user + locale, user, locale);
    }

    private static ObjectNode keep(String mailbox, String keep) {
        return JsonNodeFactory.instance.objectNode().put("mailbox", mailbox).put("keep", keep);
    }

    private static ObjectNode about(String mailbox) {
        return JsonNodeFactory.instance.objectNode().put("mailbox", mailbox);
    }

    @Test
    @DisplayName("the overview says no copies are kept and why they matter; the switch keeps both, on the tenant, in"
            + " the card and in the history")
    void switchedOnInEnglish() {
        Chat megan = chat(MEGAN, "en-US");
        megan.invoke("manage.open", about(RECEPTIE32));
        assertThat(megan.cardText())
                .contains(
                        "Sent Items",
                        "Not kept: mail sent as or on behalf of it is only in the sender's own Sent Items",
                        "so colleagues don't see it was answered",
                        "Keep copies in its Sent Items");

        megan.pressButton("manage.sentItems");

        assertThat(tenant.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.BOTH);
        assertThat(tenant.writes()).containsExactly("sent items copies receptie32 sentAs=true sentOnBehalf=true");
        assertThat(megan.cardText())
                .contains(
                        "Ontvangstgebouw 32 now keeps a copy of mail sent as or on behalf of it in its Sent Items.",
                        "A copy of mail sent as or on behalf of it is kept",
                        "Stop keeping copies in its Sent Items");
        assertThat(audit.all())
                .extracting(e -> e.actor().id(), AuditEntry::action, AuditEntry::outcome, AuditEntry::after)
                .containsExactly(tuple(MEGAN, "keep copies in sent items", AuditEntry.Outcome.DONE, "copies kept"));

        megan.say("history of receptie32@contoso.com");
        assertThat(megan.cardText())
                .contains(
                        "Megan Bowen had Ontvangstgebouw 32 keep copies of mail sent as or on behalf of it in its Sent"
                                + " Items");
    }

    @Test
    @DisplayName("Het overzicht zegt dat kopieën worden bewaard; de schakelaar zet ze uit, op de tenant, in de kaart"
            + " en in de geschiedenis")
    void switchedOffInDutch() {
        Chat megan = chat(MEGAN, "nl-NL");
        megan.invoke("manage.open", about(KLANTENSERVICE));
        assertThat(megan.cardText())
                .contains(
                        "Verzonden items",
                        "Een kopie van mail die als of namens het postvak is verzonden, wordt bewaard",
                        "zodat collega's niet zien dat er al is geantwoord",
                        "Geen kopieën meer bewaren in Verzonden items")
                .doesNotContain("Sent Items", "Keep");

        megan.pressButton("manage.sentItems");

        assertThat(tenant.mailbox(KLANTENSERVICE).orElseThrow().sentItemsCopies())
                .isEqualTo(SentItemsCopies.NONE);
        assertThat(tenant.writes()).containsExactly("sent items copies klantenservice sentAs=false sentOnBehalf=false");
        assertThat(megan.cardText())
                .contains(
                        "Klantenservice bewaart geen kopieën meer",
                        "Niet bewaard: mail die als of namens het postvak is verzonden, staat alleen in Verzonden items"
                                + " van de afzender",
                        "Kopieën bewaren in Verzonden items");

        megan.say("geschiedenis van klantenservice@contoso.com");
        assertThat(megan.cardText())
                .contains("Megan Bowen heeft ingesteld dat Klantenservice geen kopieën van verzonden mail meer in"
                        + " Verzonden items bewaart");
    }

    @Test
    @DisplayName("pressed twice, the second press changes nothing and is audited as already so")
    void secondPressChangesNothing() {
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke("manage.sentItems", keep(RECEPTIE32, "true"));
        megan.invoke("manage.sentItems", keep(RECEPTIE32, "true"));

        assertThat(tenant.writes()).hasSize(1);
        assertThat(audit.all())
                .extracting(AuditEntry::outcome)
                .containsExactly(AuditEntry.Outcome.DONE, AuditEntry.Outcome.ALREADY_SO);
    }

    @Test
    @DisplayName("someone who is no administrator is refused, and a user mailbox's id is refused whoever presses;"
            + " nothing changes and both are audited")
    void refusals() {
        chat(FLIP, "en-US").invoke("manage.sentItems", keep(RECEPTIE32, "true"));
        Chat megan = chat(MEGAN, "en-US");
        TestChannel.Turn turn = megan.invoke("manage.sentItems", keep(SANNE_MAILBOX, "true"));

        assertThat(tenant.writes()).isEmpty();
        assertThat(tenant.mailbox(SANNE_MAILBOX).orElseThrow().sentItemsCopies())
                .isEqualTo(SentItemsCopies.NONE);
        assertThat(audit.all())
                .extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(
                        tuple("keep copies in sent items", AuditEntry.Outcome.REFUSED),
                        tuple("keep copies in sent items", AuditEntry.Outcome.REFUSED));
        assertThat(turn.posted().toString()).doesNotContain("Sanne Willems");
    }

    @Test
    @DisplayName("Exchange busy: the overview says so with a button that does it again, and again it is made once")
    void throttledThenRetried() {
        tenant.faults().next(DemoOperation.SET_SENT_ITEMS_COPIES).throttle(Duration.ofSeconds(30));
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke("manage.sentItems", keep(RECEPTIE32, "true"));
        assertThat(megan.cardText()).contains("asked me to slow down");
        assertThat(tenant.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.NONE);

        megan.invoke("manage.sentItems", keep(RECEPTIE32, "true"));
        assertThat(tenant.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.BOTH);
        assertThat(tenant.writes()).hasSize(1);
        assertThat(audit.all())
                .extracting(AuditEntry::outcome)
                .containsExactly(AuditEntry.Outcome.FAILED, AuditEntry.Outcome.DONE);
    }
}
