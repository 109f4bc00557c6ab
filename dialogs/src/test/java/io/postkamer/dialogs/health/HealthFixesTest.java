package io.postkamer.dialogs.health;

import static io.postkamer.mailbox.Contoso.ALEX;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.KLANTENSERVICE;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.MIRIAM;
import static io.postkamer.mailbox.Contoso.SANNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditSentences;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoOperation;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report's fixes of Full Access given to a group and of mailboxes without owners, on the demo tenant in English
 * and Dutch: asked first, made through the audited calls, and gone from the report after; a grant that fails keeps
 * the group's Full Access; owners whose accounts are all disabled count as none.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class HealthFixesTest {
    private static final String GRANTS_BEFORE = "grant klantenservice Miriam Graham FULL_ACCESS automapping=false";

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final Requests requests = Requests.inMemory().withAudit(audit);
    private final PostkamerBot bot;
    private final TestChannel channel;

    HealthFixesTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        MemoryStorage storage = new MemoryStorage();
        this.bot = new PostkamerBot(
                tenant,
                new ConversationState(storage),
                new UserState(storage),
                BotUnderTest.QUICK,
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                requests,
                Reviews.inMemory(),
                channel.continuations());
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "health-fixes-" + user + "-" + locale, user, locale);
    }

    /** What the tenant was asked to change since the test began, beyond what the test itself changed. */
    private List<String> writesSinceStart(int before) {
        return tenant.writes().subList(before, tenant.writes().size());
    }

    private List<String> sentences(String locale) {
        Texts texts = Texts.forLocale(locale);
        return audit.all().stream()
                .map(entry -> AuditSentences.what(entry, texts))
                .toList();
    }

    @Test
    @DisplayName("a group's Full Access is given to its members instead: asked with the members named, each member"
            + " granted with automapping and audited, one who holds it already left as is, then the group's removed")
    void groupMembersGetFullAccessInstead() {
        tenant.grant(KLANTENSERVICE, MIRIAM, Right.FULL_ACCESS, false);
        int before = tenant.writes().size();
        Chat megan = chat(MEGAN, "en-US");
        megan.say("health report");

        ObjectNode press = megan.buttonData("health.groupMembers", "group", MARKETING_TEAM);
        assertThat(press.path("mailbox").asText()).isEqualTo(KLANTENSERVICE);
        megan.invoke("health.groupMembers", press);

        assertThat(megan.cardText())
                .contains(
                        "Give the members of Marketing Team Full Access to Klantenservice instead?",
                        "Marketing Team has 4 members who are people: Alex Wilber, Émilie Müller, Fatima El Amrani,"
                                + " Miriam Graham.",
                        "Each of them gets Full Access with automapping, so that Outlook shows Klantenservice for"
                                + " them.",
                        "Members who already hold Full Access keep theirs unchanged: Miriam Graham.",
                        "groups within Marketing Team are not expanded",
                        "Then the Full Access of Marketing Team itself on Klantenservice is removed.");
        assertThat(megan.buttonTitles()).containsExactly("Give its members Full Access instead", "Back to the report");
        assertThat(writesSinceStart(before)).isEmpty();

        megan.pressButton("health.groupMembers");

        assertThat(megan.cardText())
                .contains("Full Access given to the members of Marketing Team on Klantenservice, and removed from the"
                        + " group itself.")
                .doesNotContain("Full Access through a group (", "Full Access: Marketing Team");
        assertThat(writesSinceStart(before))
                .containsExactly(
                        "grant klantenservice Alex Wilber FULL_ACCESS automapping=true",
                        "grant klantenservice Émilie Müller FULL_ACCESS automapping=true",
                        "grant klantenservice Fatima El Amrani FULL_ACCESS automapping=true",
                        "revoke klantenservice Marketing Team FULL_ACCESS");
        assertThat(tenant.writes()).contains(GRANTS_BEFORE);
        assertThat(audit.all()).extracting(AuditEntry::outcome).containsOnly(AuditEntry.Outcome.DONE);
        assertThat(sentences("en-US"))
                .containsExactly(
                        "Megan Bowen gave Alex Wilber Full Access",
                        "Megan Bowen gave Émilie Müller Full Access",
                        "Megan Bowen gave Fatima El Amrani Full Access",
                        "Megan Bowen removed Full Access from Marketing Team");

        megan.invoke("health.groupMembers", press.put("confirmed", true));

        assertThat(writesSinceStart(before))
                .as("the same press again changes nothing")
                .hasSize(4);
        assertThat(audit.all()).extracting(AuditEntry::outcome).doesNotContain(AuditEntry.Outcome.FAILED);
        assertThat(sentences("en-US"))
                .last()
                .as("the repeat is refused, and told as asked")
                .isEqualTo("Megan Bowen asked to give the members of a group Full Access to Klantenservice instead of"
                        + " the group");
        megan.pressButton("health.report");
        assertThat(megan.cardText()).doesNotContain("Full Access through a group (");
    }

    @Test
    @DisplayName("de leden van een groep krijgen zelf Volledige toegang in plaats van de groep, in het Nederlands"
            + " gevraagd, gedaan en in de geschiedenis verteld")
    void groupMembersInDutch() {
        int before = tenant.writes().size();
        Chat megan = chat(MEGAN, "nl-NL");
        megan.say("gezondheidsrapport");

        megan.invoke("health.groupMembers", megan.buttonData("health.groupMembers", "group", MARKETING_TEAM));

        assertThat(megan.cardText())
                .contains(
                        "De leden van Marketing Team zelf Volledige toegang geven tot Klantenservice?",
                        "Marketing Team heeft 4 leden die personen zijn:",
                        "Ieder van hen krijgt Volledige toegang met automatisch toewijzen",
                        "Leden die al Volledige toegang hebben, houden die ongewijzigd.",
                        "groepen binnen Marketing Team worden niet uitgeklapt",
                        "Daarna wordt de Volledige toegang van Marketing Team zelf op Klantenservice ingetrokken.")
                .doesNotContain("Full Access", "members", "group ");
        assertThat(megan.buttonTitles())
                .containsExactly("De leden zelf Volledige toegang geven", "Terug naar het rapport");

        megan.pressButton("health.groupMembers");

        assertThat(megan.cardText())
                .contains("De leden van Marketing Team hebben zelf Volledige toegang tot Klantenservice gekregen")
                .doesNotContain("Volledige toegang via een groep (");
        assertThat(writesSinceStart(before))
                .hasSize(5)
                .last()
                .isEqualTo("revoke klantenservice Marketing Team" + " FULL_ACCESS");
        assertThat(sentences("nl-NL"))
                .contains(
                        "Megan Bowen heeft Miriam Graham Volledige toegang gegeven",
                        "Megan Bowen heeft Volledige toegang van Marketing Team ingetrokken");
    }

    @Test
    @DisplayName("a member's grant that fails keeps the group's Full Access, says who did not get it and why; pressed"
            + " again, only that member is granted and then the group's is removed")
    void aFailedGrantKeepsTheGroupsAccess() {
        int before = tenant.writes().size();
        tenant.faults().next(DemoOperation.GRANT).failRemotely(403);
        Chat megan = chat(MEGAN, "en-US");
        megan.say("health report");
        ObjectNode press = megan.buttonData("health.groupMembers", "group", MARKETING_TEAM);

        megan.invoke("health.groupMembers", press.deepCopy().put("confirmed", true));

        assertThat(megan.lastToast())
                .contains(
                        "Marketing Team keeps its Full Access on Klantenservice, as not every member got their own.",
                        "Not given: Alex Wilber (Microsoft 365");
        assertThat(writesSinceStart(before))
                .hasSize(3)
                .noneMatch(write -> write.startsWith("revoke"))
                .noneMatch(write -> write.contains("Alex Wilber"));
        assertThat(tenant.delegates(KLANTENSERVICE))
                .anyMatch(grant ->
                        grant.trusteeId().equalsIgnoreCase(MARKETING_TEAM) && grant.right() == Right.FULL_ACCESS);
        assertThat(audit.all())
                .extracting(AuditEntry::after, AuditEntry::outcome)
                .contains(tuple("Alex Wilber FULL_ACCESS automapping", AuditEntry.Outcome.FAILED));

        megan.invoke("health.groupMembers", press.deepCopy().put("confirmed", true));

        assertThat(writesSinceStart(before))
                .hasSize(5)
                .endsWith(
                        "grant klantenservice Alex Wilber FULL_ACCESS automapping=true",
                        "revoke klantenservice Marketing Team FULL_ACCESS");
        assertThat(tenant.delegates(KLANTENSERVICE))
                .filteredOn(grant -> grant.right() == Right.FULL_ACCESS)
                .extracting(grant -> grant.trusteeId().toLowerCase(java.util.Locale.ROOT))
                .contains(ALEX, MIRIAM)
                .doesNotContain(MARKETING_TEAM);
    }

    @Test
    @DisplayName("owners picked on a row without owners are asked first, set as \"set owners of\" sets them, audited as"
            + " a sentence, and the mailbox leaves the finding; nothing is written to the tenant")
    void ownersSetFromTheRow() {
        int before = tenant.writes().size();
        Chat megan = chat(MEGAN, "en-US");
        megan.say("health report");
        assertThat(megan.cardText()).contains("No owner (4)");
        assertThat(megan.card().findParents("choices.data").stream()
                        .map(picker -> picker.path("id").asText()))
                .contains("owners." + FACTUREN);

        ObjectNode press =
                megan.buttonData("health.setOwners", "mailbox", FACTUREN).put("owners." + FACTUREN, LOTTE + "," + GER);
        megan.invoke("health.setOwners", press);

        assertThat(megan.cardText())
                .contains(
                        "Set the owners of Facturen?",
                        "From now on, requests for access to Facturen go to Lotte de Vries, Ger Verbeek for approval.");
        assertThat(megan.buttonTitles()).containsExactly("Set owners", "Back to the report");
        assertThat(requests.owners().ownersOf(FACTUREN)).isEmpty();

        megan.pressButton("health.setOwners");

        assertThat(megan.cardText()).contains("Owners of Facturen: Lotte de Vries, Ger Verbeek.", "No owner (3)");
        assertThat(requests.owners().ownersOf(FACTUREN)).containsExactly(LOTTE, GER);
        assertThat(audit.all())
                .extracting(AuditEntry::action, entry -> entry.target().name(), AuditEntry::outcome)
                .containsExactly(tuple(OwnersFix.ACTION, "Facturen", AuditEntry.Outcome.DONE));
        assertThat(sentences("en-US"))
                .containsExactly("Megan Bowen made Lotte de Vries, Ger Verbeek the owners of" + " Facturen");
        assertThat(writesSinceStart(before)).isEmpty();
    }

    @Test
    @DisplayName("eigenaren kiezen in het Nederlands; een groep als eigenaar wordt geweigerd en niets ingesteld")
    void ownersInDutchAndOnlyPeople() {
        Chat megan = chat(MEGAN, "nl-NL");
        megan.say("gezondheidsrapport");

        megan.invoke(
                "health.setOwners",
                megan.buttonData("health.setOwners", "mailbox", FACTUREN).put("owners." + FACTUREN, MARKETING_TEAM));

        assertThat(megan.lastToast()).contains("Marketing Team is hier geen persoon");
        assertThat(requests.owners().ownersOf(FACTUREN)).isEmpty();

        megan.say("gezondheidsrapport");
        megan.invoke(
                "health.setOwners",
                megan.buttonData("health.setOwners", "mailbox", FACTUREN).put("owners." + FACTUREN, LOTTE));
        assertThat(megan.cardText())
                .contains("Eigenaren van Facturen instellen?", "gaan voortaan ter goedkeuring naar: Lotte de Vries");
        megan.pressButton("health.setOwners");

        assertThat(megan.cardText())
                .contains("Eigenaren van Facturen: Lotte de Vries.", "Geen eigenaar (3)")
                .doesNotContain("owners", "Owners");
        assertThat(sentences("nl-NL"))
                .last()
                .isEqualTo("Megan Bowen heeft Lotte de Vries eigenaar van Facturen gemaakt");
    }

    @Test
    @DisplayName("a mailbox whose owners' accounts are all disabled counts as one without owners, and its row says so;"
            + " one with an owner who may sign in does not")
    void disabledOwnersCountAsNone() {
        requests.owners().setOwners(KLANTENSERVICE, List.of(SANNE));
        requests.owners().setOwners(FACTUREN, List.of(MEGAN));
        Chat megan = chat(MEGAN, "en-US");

        megan.say("health report");

        assertThat(megan.cardText())
                .contains("No owner (3)", "klantenservice@contoso.com · its owners' accounts are disabled");
        assertThat(megan.card().findParents("verb").stream()
                        .filter(action -> action.path("verb").asText().equals("health.setOwners"))
                        .map(action -> action.path("data").path("mailbox").asText()))
                .hasSize(3)
                .contains(KLANTENSERVICE)
                .doesNotContain(FACTUREN);

        Chat dutch = chat(MEGAN, "nl-NL");
        dutch.say("gezondheidsrapport");
        assertThat(dutch.cardText())
                .contains(
                        "Geen eigenaar (3)",
                        "klantenservice@contoso.com · de accounts van de eigenaren zijn" + " uitgeschakeld");
    }
}
