package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.ANOUK;
import static io.postkamer.mailbox.Contoso.EXCHANGESTANDARD;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.HENK_MAILBOX;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static io.postkamer.mailbox.Contoso.SPE_E3;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class ManageMailboxesTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;

    ManageMailboxesTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "manage-1", user, locale);
    }

    private static ObjectNode about(String mailbox) {
        return JsonNodeFactory.instance.objectNode().put("mailbox", mailbox);
    }

    private static ObjectNode member(String mailbox, String member, String name) {
        return about(mailbox).put("member", member).put("name", name);
    }

    @Test
    @DisplayName("'show shared mailboxes' lists them, and Open shows a mailbox's facts and members with their rights")
    void listAndOverview() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("show shared mailboxes");
        assertThat(megan.cardText())
                .contains("Shared mailboxes", "Ontvangstgebouw 32", "receptie32@contoso.com", "Facturen");

        megan.invoke("manage.open", about(RECEPTIE32));
        assertThat(megan.cardText())
                .contains(
                        "Ontvangstgebouw 32",
                        "receptie32@contoso.com",
                        "Blocked",
                        "Visible",
                        "Flip Schoonen",
                        "Full Access (automapping), Send As",
                        "Send on Behalf")
                .doesNotContain("hidden from the address lists");
        assertThat(megan.buttons())
                .containsExactly(
                        "manage.addMembers",
                        "manage.hide",
                        "manage.sentItems",
                        "manage.unblockAsk",
                        "manage.calendar",
                        "history");
    }

    @Test
    @DisplayName(
            "hiding asks first and warns before that Send As and Send on Behalf stop working in Outlook desktop; showing undoes it at once")
    void hideAndShow() {
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke("manage.hide", about(RECEPTIE32));
        assertThat(megan.cardText())
                .contains(
                        "Hide Ontvangstgebouw 32 from the address lists?",
                        "Send As and Send on Behalf do not work in Outlook desktop");
        assertThat(tenant.writes()).isEmpty();
        megan.pressButton("manage.hide");
        assertThat(tenant.mailbox(RECEPTIE32).orElseThrow().hiddenFromAddressLists())
                .isTrue();
        assertThat(megan.cardText())
                .contains(
                        "Ontvangstgebouw 32 is now hidden from the address lists",
                        "Send As and Send on Behalf do not work in Outlook desktop",
                        "Hidden");

        megan.invoke("manage.hide", about(RECEPTIE32));
        assertThat(megan.cardText())
                .as("already hidden: nothing to ask, nothing changed")
                .contains("Ontvangstgebouw 32 is now hidden from the address lists");
        megan.invoke("manage.show", about(RECEPTIE32));
        assertThat(tenant.mailbox(RECEPTIE32).orElseThrow().hiddenFromAddressLists())
                .isFalse();
        assertThat(tenant.writes()).containsExactly("hide receptie32", "show receptie32");
    }

    @Test
    @DisplayName("unblocking asks first and says why it is risky; blocking again is one press")
    void unblockAsksFirst() {
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke("manage.unblockAsk", about(RECEPTIE32));
        assertThat(megan.cardText())
                .contains("Unblock sign-in?", "system password nobody should use", "steals the account's credentials");
        assertThat(tenant.mailbox(RECEPTIE32).orElseThrow().account().signInBlocked())
                .isTrue();

        megan.pressButton("manage.unblock");
        assertThat(tenant.mailbox(RECEPTIE32).orElseThrow().account().signInBlocked())
                .isFalse();
        assertThat(megan.cardText()).contains("Sign-in for Ontvangstgebouw 32 is allowed again", "Not blocked");

        megan.invoke("manage.block", about(RECEPTIE32));
        megan.invoke("manage.block", about(RECEPTIE32));
        assertThat(megan.cardText()).contains("Sign-in for Ontvangstgebouw 32 was already blocked");
        assertThat(tenant.writes()).containsExactly("unblock sign-in receptie32", "block sign-in receptie32");
    }

    @Test
    @DisplayName(
            "removing all of a member's rights asks first, then takes each one away once; a second press is refused: nothing to remove")
    void revokeAllRights() {
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke("manage.revokeAll", member(RECEPTIE32, FLIP, "Flip Schoonen"));
        assertThat(megan.cardText())
                .contains(
                        "Remove every right of Flip Schoonen on Ontvangstgebouw 32?",
                        "Flip Schoonen now has: Full Access, Send As.",
                        "Remove all rights of Flip Schoonen");
        assertThat(tenant.writes()).isEmpty();
        megan.pressButton("manage.revokeAll");
        assertThat(megan.cardText())
                .contains("Flip Schoonen no longer has rights on this mailbox")
                .doesNotContain("Full Access (automapping), Send As");
        megan.invoke(
                "manage.revokeAll", member(RECEPTIE32, FLIP, "Flip Schoonen").put("confirmed", true));

        assertThat(tenant.delegates(RECEPTIE32))
                .noneMatch(grant -> grant.trusteeId().equals(FLIP));
        assertThat(megan.cardText()).contains("Flip Schoonen has no rights on Ontvangstgebouw 32");
        assertThat(tenant.writes())
                .containsExactly(
                        "revoke receptie32 Flip Schoonen FULL_ACCESS", "revoke receptie32 Flip Schoonen SEND_AS");
    }

    @Test
    @DisplayName("switching automapping removes and gives Full Access again with the other setting, once")
    void switchAutomapping() {
        Chat megan = chat(MEGAN, "nl-NL");
        ObjectNode off = member(RECEPTIE32, ANOUK, "Anouk").put("autoMapping", false);

        megan.invoke("manage.automapping", off);
        megan.invoke("manage.automapping", off);

        assertThat(tenant.delegates(RECEPTIE32))
                .contains(new PermissionGrant(
                        ANOUK, tenant.person(ANOUK).orElseThrow().displayName(), Right.FULL_ACCESS, false));
        assertThat(megan.cardText())
                .as("the name as the directory has it, not as the card said")
                .contains("Automatisch toewijzen voor Anouk Smit staat nu uit");
        assertThat(megan.cardText()).contains("Anouk Smit");
        assertThat(tenant.writes())
                .hasSize(2)
                .allSatisfy(write -> assertThat(write).contains("FULL_ACCESS"));
    }

    @Test
    @DisplayName(
            "staff see a mailbox they do not use by its name and how to ask for access, and a crafted change from them is refused and changes nothing")
    void staffCannotChange() {
        Chat flip = chat(FLIP, "en-US");

        flip.invoke("manage.open", about(FACTUREN));
        assertThat(flip.buttons()).containsExactly("request");
        assertThat(flip.cardText())
                .contains("Facturen", "facturen@contoso.com", "ask for access")
                .doesNotContain("Remove all rights", "Sign-in", "Licences");
        flip.invoke("manage.open", about(RECEPTIE32));
        assertThat(flip.buttons())
                .as("a member sees the whole overview, without buttons to change it")
                .containsExactly("manage.calendar");

        flip.invoke("manage.show", about(FACTUREN));
        flip.invoke("manage.revokeAll", member(RECEPTIE32, GER, "Ger Verbeek"));
        flip.invoke("manage.unblockAsk", about(FACTUREN));

        assertThat(flip.lastToast()).contains("You are not authorised");
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName("a mailbox that does not exist, by name or by a stale button, gets a clear answer")
    void unknownMailbox() {
        Chat megan = chat(MEGAN, "en-US");

        TestChannel.Turn answer = megan.say("open Afdeling Verkoop");
        assertThat(answer.posted())
                .extracting(activity -> activity.getText())
                .contains(
                        "There is no shared mailbox \"Afdeling Verkoop\". Type \"show shared mailboxes\" to see them all.");

        megan.invoke("manage.hide", about("no-such-mailbox"));
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName("'beheer receptie32@contoso.com' opens the overview in Dutch")
    void openByAddressInDutch() {
        Chat megan = chat(MEGAN, "nl-NL");

        megan.say("beheer receptie32@contoso.com");

        assertThat(megan.cardText()).contains("Ontvangstgebouw 32", "Adreslijsten", "Zichtbaar", "Geblokkeerd");
    }

    @Test
    @DisplayName("the four guidance questions are answered in English and Dutch")
    void guidance() {
        Chat flip = chat(FLIP, "en-US");
        flip.say("which permission should I use?");
        assertThat(flip.cardText()).contains("Which permission should I use?", "Ger on behalf of Ontvangstgebouw 32");
        flip.say("shared mailbox or Microsoft 365 group?");
        assertThat(flip.cardText()).contains("cannot be migrated to a Microsoft 365 group");
        flip.say("how do I open it on my phone?");
        assertThat(flip.cardText()).contains("Outlook app for iOS or for Android");

        Chat dutch = chat(FLIP, "nl-NL");
        dutch.say("waarom zie ik het gedeelde postvak niet in Outlook?");
        assertThat(dutch.cardText()).contains("Automatisch toewijzen werkt niet via een beveiligingsgroep");
    }

    @Test
    @DisplayName("the welcome card's buttons to list mailboxes and to request access both get an answer")
    void welcomeButtons() {
        Chat flip = chat(FLIP, "en-US");

        TestChannel.Turn request = flip.invoke("request", JsonNodeFactory.instance.objectNode());
        assertThat(flip.cardText()).contains("Request access to a shared mailbox");

        flip.invoke("list", JsonNodeFactory.instance.objectNode());
        assertThat(flip.cardText()).contains("Shared mailboxes", "Ontvangstgebouw 32");
        assertThat(request.invokeResponse()).isPresent();
    }

    @Test
    @DisplayName("a user mailbox is converted after the admin saw what changes; then its licence is removed")
    void convertThenRemoveLicence() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("convert sanne.willems@contoso.com to shared");
        assertThat(megan.cardText())
                .contains(
                        "Convert Sanne Willems to a shared mailbox?",
                        "Exchange Online (Plan 1)",
                        "Block sign-in afterwards",
                        "over 50 GB, with an archive or with a litigation hold still needs")
                .doesNotContain("keep its licence after converting");
        assertThat(tenant.writes()).isEmpty();

        megan.pressButton("manage.convert");
        assertThat(tenant.mailbox(SANNE_MAILBOX).orElseThrow().isShared()).isTrue();
        assertThat(megan.cardText())
                .contains("Sanne Willems is now a shared mailbox", "Its licence can be removed", "Remove licence")
                .as("its sign-in was blocked already: the card does not ask to block it")
                .doesNotContain("Block sign-in for its account");
        assertThat(megan.buttons()).doesNotContain("manage.block").contains("manage.unblockAsk");

        megan.invoke(
                "manage.removeLicence",
                about(SANNE_MAILBOX).put("sku", EXCHANGESTANDARD).put("name", "EXCHANGESTANDARD"));
        assertThat(megan.cardText())
                .contains("Remove the licence Exchange Online (Plan 1) from Sanne Willems?", "needs no licence");
        assertThat(tenant.mailbox(SANNE_MAILBOX).orElseThrow().account().licences())
                .isNotEmpty();
        megan.pressButton("manage.removeLicence");
        assertThat(tenant.mailbox(SANNE_MAILBOX).orElseThrow().account().licences())
                .isEmpty();
        assertThat(megan.cardText()).contains("The licence Exchange Online (Plan 1) was removed from Sanne Willems");
        assertThat(tenant.writes()).hasSize(2);
    }

    @Test
    @DisplayName(
            "a mailbox over 50 GB with an archive and a hold keeps its licence: the removal is refused with the reason")
    void licenceStillNeeded() {
        Chat megan = chat(MEGAN, "nl-NL");

        megan.say("zet henk.bakker@contoso.com om naar een gedeeld postvak");
        assertThat(megan.cardText())
                .contains("Henk Bakker converteren naar een gedeeld postvak?", "houd de licentie na het converteren");
        megan.pressButton("manage.convert");
        assertThat(megan.cardText())
                .contains("Henk Bakker is nu een gedeeld postvak.", "Houd de licentie")
                .doesNotContain("De licentie kan worden verwijderd");

        megan.invoke(
                "manage.removeLicence", about(HENK_MAILBOX).put("sku", SPE_E3).put("name", "SPE_E3"));
        assertThat(megan.cardText()).contains("het heeft nog een licentie nodig, dus het verwijderen wordt geweigerd");
        megan.pressButton("manage.removeLicence");
        assertThat(megan.cardText()).contains("heeft nog een licentie nodig");
        assertThat(tenant.mailbox(HENK_MAILBOX).orElseThrow().account().licences())
                .isNotEmpty();
        assertThat(tenant.writes()).containsExactly("convert henk.bakker");
    }

    @Test
    @DisplayName("converting a mailbox that is already shared, or one that does not exist, is refused clearly")
    void convertRefusals() {
        Chat megan = chat(MEGAN, "en-US");

        TestChannel.Turn shared = megan.say("convert receptie32@contoso.com");
        TestChannel.Turn missing = megan.say("convert nobody@contoso.com");
        TestChannel.Turn staff = chat(FLIP, "en-US").say("convert sanne.willems@contoso.com");

        assertThat(shared.posted())
                .extracting(activity -> activity.getText())
                .contains("Ontvangstgebouw 32 is already a shared mailbox.");
        assertThat(missing.posted())
                .extracting(activity -> activity.getText())
                .contains("I cannot find the mailbox nobody@contoso.com.");
        assertThat(staff.posted())
                .extracting(activity -> activity.getText())
                .anySatisfy(text -> assertThat(text).contains("You are not authorised"));
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName("every change and every refusal is audited; 'history of' shows who did what, before and after")
    void auditAndHistory() {
        Chat megan = chat(MEGAN, "en-US");
        megan.invoke("manage.hide", about(RECEPTIE32));
        megan.pressButton("manage.hide");
        megan.invoke("manage.hide", about(RECEPTIE32));
        chat(FLIP, "en-US").invoke("manage.revokeAll", member(RECEPTIE32, GER, "Ger Verbeek"));

        assertThat(audit.all())
                .extracting(e -> e.actor().id(), e -> e.target().mailbox(), AuditEntry::action, AuditEntry::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                MEGAN, "receptie32@contoso.com", "hide from address lists", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple(
                                MEGAN,
                                "receptie32@contoso.com",
                                "hide from address lists",
                                AuditEntry.Outcome.ALREADY_SO),
                        org.assertj.core.groups.Tuple.tuple(
                                FLIP, "receptie32@contoso.com", "remove all rights", AuditEntry.Outcome.REFUSED));

        megan.say("history of receptie32@contoso.com");
        assertThat(megan.cardText())
                .contains(
                        "History of Ontvangstgebouw 32",
                        "Megan Bowen",
                        "Megan Bowen hid Ontvangstgebouw 32 from the address lists",
                        "Done",
                        "Already so: nothing changed",
                        "Flip Schoonen",
                        "Refused: not an administrator");

        TestChannel.Turn staff = chat(FLIP, "en-US").say("history of receptie32@contoso.com");
        assertThat(staff.posted())
                .extracting(activity -> activity.getText())
                .anySatisfy(text -> assertThat(text).contains("You are not authorised"));
    }

    @Test
    @DisplayName("the create conversation's changes are audited too")
    void createFlowIsAudited() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("create a shared mailbox");
        megan.press("next", java.util.Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", java.util.Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");

        assertThat(audit.all()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("create shared mailbox");
            assertThat(entry.target().mailbox()).isEqualTo("marketing@contoso.com");
            assertThat(entry.after()).contains("Afdeling Marketing");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DONE);
        });
    }

    @Test
    @DisplayName(
            "a member with Full Access sees the coming appointments and adds a client visit to the shared calendar")
    void sharedCalendar() {
        Chat flip = chat(FLIP, "en-US");

        flip.say("calendar of receptie32@contoso.com");
        assertThat(flip.cardText())
                .contains("Calendar of Ontvangstgebouw 32", "Coming appointments", "Add an appointment");
        int before = tenant.upcomingEvents(RECEPTIE32, java.time.OffsetDateTime.now(), 50)
                .size();

        java.time.LocalDate tomorrow =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        flip.invoke(
                "manage.addEvent",
                about(RECEPTIE32)
                        .put("subject", "Client visit Jansen BV")
                        .put("date", tomorrow.toString())
                        .put("start", "10:00")
                        .put("end", "11:30")
                        .put("location", "Room 2"));

        assertThat(flip.cardText())
                .contains(
                        "Client visit Jansen BV was added to the calendar",
                        "10:00–11:30 · Client visit Jansen BV (Room 2)");
        assertThat(tenant.upcomingEvents(RECEPTIE32, java.time.OffsetDateTime.now(), 50))
                .hasSize(before + 1)
                .anySatisfy(event -> assertThat(event.start())
                        .isEqualTo(tomorrow.atTime(10, 0).atOffset(java.time.ZoneOffset.UTC)));
    }

    @Test
    @DisplayName(
            "an appointment that ends before it starts, or with an invisible override or too long a text, is refused on the card, which keeps what was typed; outsiders cannot use the calendar")
    void calendarRefusals() {
        Chat flip = chat(FLIP, "nl-NL");
        int before = tenant.upcomingEvents(RECEPTIE32, java.time.OffsetDateTime.now(), 50)
                .size();

        flip.invoke(
                "manage.addEvent",
                about(RECEPTIE32)
                        .put("subject", "Overleg")
                        .put("date", "2030-01-07")
                        .put("start", "11:00")
                        .put("end", "10:00")
                        .put("location", ""));
        assertThat(flip.cardText()).contains("Geef een onderwerp, een datum en een eindtijd na de begintijd.");
        assertThat(flip.card().findParents("id"))
                .filteredOn(input -> input.path("type").asText().startsWith("Input."))
                .extracting(input ->
                        input.path("id").asText() + "=" + input.path("value").asText())
                .containsExactlyInAnyOrder(
                        "subject=Overleg", "date=2030-01-07", "start=11:00", "end=10:00", "location=");

        flip.invoke(
                "manage.addEvent",
                about(RECEPTIE32)
                        .put("subject", "Overleg \u202Egnikatsnoc")
                        .put("date", "2030-01-07")
                        .put("start", "10:00")
                        .put("end", "11:00")
                        .put("location", "Zaal 2"));
        assertThat(flip.cardText())
                .contains(
                        "Een onderwerp of locatie is hoogstens 255 tekens, zonder stuurtekens of onzichtbare opmaak.");
        flip.invoke(
                "manage.addEvent",
                about(RECEPTIE32)
                        .put("subject", "Overleg")
                        .put("date", "2030-01-07")
                        .put("start", "10:00")
                        .put("end", "11:00")
                        .put("location", "Zaal " + "2".repeat(300)));
        assertThat(flip.cardText()).contains("Een onderwerp of locatie is hoogstens 255 tekens");

        TestChannel.Turn outsider = chat(LOTTE, "en-US").say("calendar of receptie32@contoso.com");
        chat(LOTTE, "en-US")
                .invoke(
                        "manage.addEvent",
                        about(RECEPTIE32)
                                .put("subject", "Sneaky")
                                .put("date", "2030-01-07")
                                .put("start", "10:00")
                                .put("end", "11:00")
                                .put("location", ""));

        assertThat(outsider.posted())
                .extracting(activity -> activity.getText())
                .contains(
                        "Only the mailbox's members (Full Access) and administrators can use its calendar from here.");
        assertThat(tenant.upcomingEvents(RECEPTIE32, java.time.OffsetDateTime.now(), 50))
                .hasSize(before);
    }

    @Test
    @DisplayName("one right of a member can be removed on its own; a crafted right that does not exist changes nothing")
    void revokeOneRight() {
        Chat megan = chat(MEGAN, "en-US");
        megan.invoke("manage.open", about(RECEPTIE32));
        assertThat(megan.card().toString()).contains("\"title\":\"Remove Send As\"", "\"right\":\"SEND_AS\"");

        megan.invoke("manage.revoke", member(RECEPTIE32, FLIP, "Flip Schoonen").put("right", "SEND_AS"));
        assertThat(megan.cardText())
                .contains(
                        "Remove Send As from Flip Schoonen?",
                        "Flip Schoonen can no longer send mail as Ontvangstgebouw 32");
        assertThat(tenant.writes()).isEmpty();
        megan.pressButton("manage.revoke");
        assertThat(megan.cardText()).contains("Send As removed from Flip Schoonen.");
        assertThat(tenant.delegates(RECEPTIE32))
                .contains(new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true))
                .doesNotContain(new PermissionGrant(FLIP, "Flip Schoonen", Right.SEND_AS, false));

        megan.invoke("manage.revoke", member(RECEPTIE32, FLIP, "Flip Schoonen").put("right", "OWNER"));
        assertThat(megan.cardText()).contains("\"OWNER\" is not a right of a shared mailbox");
        assertThat(tenant.writes()).containsExactly("revoke receptie32 Flip Schoonen SEND_AS");
    }

    @Test
    @DisplayName("the mailbox finder searches as the person types, by a word of the name or the start of the address")
    void findMailboxByTypeahead() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("toon gedeelde postvakken");
        assertThat(megan.card().toString()).contains("\"dataset\":\"postkamer.mailboxes\"");

        String byName = megan.search("ontv", MailboxSearch.DATASET)
                .invokeResponse()
                .orElseThrow()
                .getBody()
                .toString();
        String byAddress = megan.search("FACT", MailboxSearch.DATASET)
                .invokeResponse()
                .orElseThrow()
                .getBody()
                .toString();
        String nothing = megan.search("zzz", MailboxSearch.DATASET)
                .invokeResponse()
                .orElseThrow()
                .getBody()
                .toString();

        assertThat(byName)
                .contains("Ontvangstgebouw 32 (receptie32@contoso.com)", RECEPTIE32)
                .doesNotContain("Facturen");
        assertThat(byAddress).contains("Facturen (facturen@contoso.com)", FACTUREN);
        assertThat(nothing).contains("\"results\":[]");
        assertThat(megan.search("32", MailboxSearch.DATASET)
                        .invokeResponse()
                        .orElseThrow()
                        .getBody()
                        .toString())
                .contains("Ontvangstgebouw 32");

        megan.invoke("manage.open", JsonNodeFactory.instance.objectNode().put("mailbox", FACTUREN));
        assertThat(megan.cardText()).contains("Facturen", "facturen@contoso.com", "Hidden");
    }
}
