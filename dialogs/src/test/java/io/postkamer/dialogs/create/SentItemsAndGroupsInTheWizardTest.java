package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.ADELE;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.PROJECT_ZUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SentItemsCopies;
import io.postkamer.mailbox.demo.DemoOperation;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wizard's switch for copies of sent mail in the new mailbox's Sent Items (on unless switched off, set with the
 * rights, retried like them), and a mail-enabled security group kept as one member with Full Access and Send As.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class SentItemsAndGroupsInTheWizardTest {
    private static final String MARKETING = "marketing@contoso.com";
    private static final String COPIES_KEPT = "sent items copies marketing sentAs=true sentOnBehalf=true";

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;

    SentItemsAndGroupsInTheWizardTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    /** Afdeling Marketing created as marketing@contoso.com, at the members screen. */
    private Chat atMembers(String user, String locale) {
        Chat chat = new Chat(channel, () -> bot, "wizard-" + user + locale, user, locale);
        chat.say(
                locale.startsWith("nl")
                        ? "maak een gedeeld postvak Afdeling Marketing"
                        : "create a shared mailbox called Afdeling Marketing");
        chat.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        chat.press("create");
        return chat;
    }

    @Test
    @DisplayName("the copies are on unless switched off: explained on the rights screen, set after the grants, said on"
            + " the results and the summary, and audited")
    void onByDefault() {
        Chat megan = atMembers(MEGAN, "en-US");
        megan.press("next", Map.of("members", FLIP));
        assertThat(megan.cardText())
                .contains(
                        "Keep a copy of mail sent as or on behalf of the mailbox in its Sent Items",
                        "lands only in the member's own Sent Items, so colleagues don't see it was answered");
        assertThat(megan.card().toString()).contains("\"id\":\"sentItems\"", "\"value\":\"true\"");

        megan.press("apply");
        assertThat(megan.cardText())
                .contains("Flip Schoonen: Full Access granted", "Copies of sent mail in its Sent" + " Items: kept");
        assertThat(tenant.mailbox(MARKETING).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.BOTH);
        assertThat(tenant.writes()).endsWith(COPIES_KEPT);

        megan.press("next");
        megan.press("skip");
        assertThat(megan.cardText())
                .contains(
                        "Afdeling Marketing is ready",
                        "Sent Items",
                        "A copy of mail sent as or on behalf of it is kept");
        assertThat(audit.all())
                .filteredOn(entry -> entry.action().contains("sent items"))
                .extracting(
                        AuditEntry::action, AuditEntry::outcome, e -> e.target().mailbox())
                .containsExactly(tuple("keep copies in sent items", AuditEntry.Outcome.DONE, MARKETING));
    }

    @Test
    @DisplayName("Uitgezet blijven de kopieën uit: Exchange heeft ze al niet, er wordt niets geschreven, en de"
            + " samenvatting zegt het")
    void switchedOffInDutch() {
        Chat adele = atMembers(ADELE, "nl-NL");
        adele.press("next", Map.of("members", FLIP));
        assertThat(adele.cardText()).contains("bewaren in Verzonden items van het postvak");

        adele.press("apply", Map.of("sentItems", "false"));
        assertThat(adele.cardText()).contains("Kopieën van verzonden mail in Verzonden items: al niet bewaard");
        assertThat(tenant.mailbox(MARKETING).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.NONE);
        assertThat(tenant.writes()).noneMatch(write -> write.startsWith("sent items"));

        adele.press("next");
        adele.press("skip");
        assertThat(adele.cardText()).contains("Niet bewaard: mail die als of namens het postvak is verzonden");
        assertThat(audit.all())
                .filteredOn(entry -> entry.action().contains("sent items"))
                .extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(tuple("stop copies in sent items", AuditEntry.Outcome.ALREADY_SO));
    }

    @Test
    @DisplayName("Exchange busy while the copies are set: reported as failed, never as done, and the retry sets them"
            + " once without granting anything again")
    void faultWhileSettingIsRetried() {
        Chat megan = atMembers(MEGAN, "en-US");
        megan.press("next", Map.of("members", FLIP));
        tenant.faults().next(DemoOperation.SET_SENT_ITEMS_COPIES).throttle(Duration.ofSeconds(30));

        megan.press("apply");
        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Full Access granted",
                        "Copies of sent mail in its Sent Items: could not be set. Microsoft 365 (Exchange Online)"
                                + " asked me to slow down.")
                .doesNotContain("Sent Items: kept");
        assertThat(megan.buttons()).containsExactly("retry", "next");
        assertThat(tenant.mailbox(MARKETING).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.NONE);

        megan.press("retry");
        assertThat(megan.cardText()).contains("Copies of sent mail in its Sent Items: kept");
        assertThat(megan.buttons()).containsExactly("next");
        assertThat(tenant.writes())
                .containsExactly(
                        "create marketing@contoso.com \"Afdeling Marketing\"",
                        "grant marketing Flip Schoonen FULL_ACCESS automapping=true",
                        "grant marketing Flip Schoonen SEND_AS",
                        COPIES_KEPT);
    }

    @Test
    @DisplayName("an answer lost after the copies were set is reported as failed; the retry finds them set")
    void lostAnswerIsNotReportedAsDone() {
        Chat megan = atMembers(MEGAN, "en-US");
        megan.press("next", Map.of("members", FLIP));
        tenant.faults().next(DemoOperation.SET_SENT_ITEMS_COPIES).loseAnswer();

        megan.press("apply");
        assertThat(megan.cardText()).contains("Copies of sent mail in its Sent Items: could not be set.");

        megan.press("retry");
        assertThat(megan.cardText()).contains("Copies of sent mail in its Sent Items: already kept");
        assertThat(tenant.writes()).containsOnlyOnce(COPIES_KEPT);
    }

    @Test
    @DisplayName("Marketing Team given Full Access and Send As itself: no automapping, said on every screen")
    void groupKeptAsOneMember() {
        Chat megan = atMembers(MEGAN, "en-US");
        megan.press("next", Map.of("members", FLIP + "," + MARKETING_TEAM));
        assertThat(megan.buttons()).containsExactly("group", "expand", "back");

        megan.press("group");
        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen",
                        "Marketing Team (group)",
                        "Automapping does not work through a group: each member adds the mailbox in Outlook by hand.");
        assertThat(megan.card().toString())
                .contains("\"id\":\"m1.fullAccess\"", "\"id\":\"m1.sendAs\"")
                .doesNotContain("\"id\":\"m1.autoMapping\"", "\"id\":\"m1.sendOnBehalf\"");

        megan.press("apply");
        assertThat(megan.cardText()).contains("Marketing Team: Full Access granted", "Marketing Team: Send As granted");
        assertThat(tenant.writes())
                .contains(
                        "grant marketing Marketing Team FULL_ACCESS automapping=false",
                        "grant marketing Marketing Team SEND_AS");
        assertThat(tenant.delegates(MARKETING))
                .filteredOn(grant -> grant.trusteeId().equals(MARKETING_TEAM))
                .extracting(PermissionGrant::right, PermissionGrant::autoMapping, PermissionGrant::group)
                .containsExactly(
                        tuple(Right.FULL_ACCESS, AutoMapping.OFF, true), tuple(Right.SEND_AS, AutoMapping.OFF, true));

        megan.press("next");
        megan.press("skip");
        assertThat(megan.cardText())
                .contains(
                        "Marketing Team (group): Full Access, without automapping (members add it by hand), Send As",
                        "Flip Schoonen: Full Access, automapping, Send As");
    }

    @Test
    @DisplayName("Marketing Team zelf als lid: een gemaakte druk op automatisch toewijzen of Verzenden namens voor de"
            + " groep wordt niet gehoord")
    void groupGetsNoAutomappingOrSendOnBehalfInDutch() {
        Chat adele = atMembers(ADELE, "nl-NL");
        adele.press("next", Map.of("members", MARKETING_TEAM));
        assertThat(adele.cardText())
                .contains(
                        "De groep zelf Volledige toegang en Verzenden als geven, of de leden één voor één toevoegen?",
                        "Via een groep werkt automatisch toewijzen niet");

        adele.press("group");
        assertThat(adele.cardText())
                .contains("Marketing Team (groep)", "Automatisch toewijzen werkt niet via een groep");
        adele.press(
                "apply",
                Map.of(
                        "m0.fullAccess",
                        "true",
                        "m0.autoMapping",
                        "true",
                        "m0.sendAs",
                        "true",
                        "m0.sendOnBehalf",
                        "true"));

        assertThat(tenant.writes())
                .containsExactly(
                        "create marketing@contoso.com \"Afdeling Marketing\"",
                        "grant marketing Marketing Team FULL_ACCESS automapping=false",
                        "grant marketing Marketing Team SEND_AS",
                        COPIES_KEPT);
        assertThat(adele.cardText()).doesNotContain("Verzenden namens verleend");
    }

    @Test
    @DisplayName("Project Zuid, a Microsoft 365 group, is offered only its members, saying why; a crafted press to give"
            + " the group itself rights is refused and audited, and nothing is written")
    void microsoft365GroupOnlyExpands() {
        Chat megan = atMembers(MEGAN, "en-US");
        megan.press("next", Map.of("members", PROJECT_ZUID));
        assertThat(megan.cardText())
                .contains(
                        "Project Zuid is a Microsoft 365 group",
                        "Exchange gives rights on a mailbox only to people and mail-enabled security groups");
        assertThat(megan.buttons()).containsExactly("expand", "back");

        Chat.Shown groupCard = megan.shown();
        megan.press("group");

        assertThat(megan.cardText()).contains("Project Zuid is not a mail-enabled security group");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
        assertThat(audit.all())
                .filteredOn(entry -> entry.action().equals("add group as member"))
                .extracting(AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(tuple(
                        AuditEntry.Outcome.REFUSED,
                        "Project Zuid is not a mail-enabled security group: Exchange gives it no rights on a mailbox."
                                + " Add its members one by one instead."));

        megan.pressOn(groupCard, "expand", Map.of());
        assertThat(megan.cardText()).contains("Choose permissions").doesNotContain("Project Zuid");
    }
}
