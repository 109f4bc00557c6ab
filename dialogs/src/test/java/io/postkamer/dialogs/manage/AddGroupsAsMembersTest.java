package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.ALEX;
import static io.postkamer.mailbox.Contoso.EMILIE;
import static io.postkamer.mailbox.Contoso.FATIMA;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.MIRIAM;
import static io.postkamer.mailbox.Contoso.PROJECT_ZUID;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
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
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Groups added to a mailbox that exists: a mail-enabled security group given Full Access and Send As itself, or its
 * members one by one; any other group only its members, saying why; a group never gets automapping or Send on Behalf.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class AddGroupsAsMembersTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;

    AddGroupsAsMembersTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String locale) {
        return new Chat(channel, () -> bot, "groups-" + locale, MEGAN, locale);
    }

    /** Full Access with automapping and Send As for the people picked, as the card proposes. */
    private static ObjectNode add(String people, String groups, String sendOnBehalf) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("mailbox", "receptie32@contoso.com")
                .put("people", people)
                .put("fullAccess", "true")
                .put("autoMapping", "true")
                .put("sendAs", "true")
                .put("sendOnBehalf", sendOnBehalf)
                .put("groups", groups);
    }

    @Test
    @DisplayName("the card offers a group itself or its members; Marketing Team itself gets Full Access without"
            + " automapping and Send As, and the overview shows it as a group with what that means")
    void groupItselfInEnglish() {
        Chat megan = chat("en-US");
        megan.invoke("manage.addMembers", add("", "group", "false"));
        assertThat(megan.cardText())
                .contains(
                        "Give the group itself Full Access and Send As",
                        "Add its members one by one",
                        "each member may need to add the mailbox in Outlook by hand");

        megan.invoke("manage.applyMembers", add(MARKETING_TEAM, "group", "false"));

        assertThat(tenant.writes())
                .containsExactly(
                        "grant receptie32 Marketing Team FULL_ACCESS automapping=false",
                        "grant receptie32 Marketing Team SEND_AS");
        assertThat(tenant.delegates(RECEPTIE32))
                .filteredOn(grant -> grant.trusteeId().equals(MARKETING_TEAM))
                .extracting(PermissionGrant::right, PermissionGrant::autoMapping, PermissionGrant::group)
                .containsExactly(
                        tuple(Right.FULL_ACCESS, AutoMapping.OFF, true), tuple(Right.SEND_AS, AutoMapping.OFF, true));
        assertThat(megan.cardText())
                .contains(
                        "Added: Marketing Team: Full Access; Marketing Team: Send As.",
                        "Marketing Team (group)",
                        "Full Access, without automapping (members add it by hand), Send As",
                        "Automapping does not work through a group: each member adds the mailbox in Outlook by hand.");
        assertThat(megan.card().toString())
                .as("no automapping switch for a group")
                .doesNotContain("\"member\":\"" + MARKETING_TEAM + "\",\"name\":\"Marketing Team (group)\","
                        + "\"autoMapping\"");
        assertThat(audit.all())
                .filteredOn(entry -> entry.action().startsWith("grant"))
                .extracting(AuditEntry::outcome)
                .containsOnly(AuditEntry.Outcome.DONE)
                .hasSize(2);
    }

    @Test
    @DisplayName("Marketing Team, lid voor lid: de vier leden krijgen Volledige toegang met automatisch toewijzen en"
            + " Verzenden als, de groep zelf niets")
    void membersOneByOneInDutch() {
        Chat megan = chat("nl-NL");

        megan.invoke("manage.applyMembers", add(MARKETING_TEAM, "members", "false"));

        assertThat(tenant.delegates(RECEPTIE32))
                .noneMatch(grant -> grant.trusteeId().equals(MARKETING_TEAM))
                .filteredOn(
                        grant -> java.util.List.of(ALEX, EMILIE, FATIMA, MIRIAM).contains(grant.trusteeId()))
                .hasSize(8)
                .allMatch(grant -> grant.right() != Right.FULL_ACCESS
                        || grant.autoMapping().isOn());
        assertThat(megan.cardText()).contains("Toegevoegd:", "Alex Wilber: Volledige toegang", "Miriam Graham");
    }

    @Test
    @DisplayName("Project Zuid, een Microsoft 365-groep, gevraagd als groep: de leden worden één voor één toegevoegd"
            + " en het overzicht zegt waarom")
    void microsoft365GroupIsExpandedInDutch() {
        Chat megan = chat("nl-NL");

        megan.invoke("manage.applyMembers", add(PROJECT_ZUID, "group", "false"));

        assertThat(tenant.delegates(RECEPTIE32))
                .noneMatch(grant -> grant.trusteeId().equals(PROJECT_ZUID));
        assertThat(tenant.writes()).isNotEmpty().noneMatch(write -> write.contains("Project Zuid"));
        assertThat(megan.cardText())
                .contains(
                        "Project Zuid is een Microsoft 365-groep: Exchange geeft die geen machtigingen voor een postvak,"
                                + " dus de leden zijn één voor één toegevoegd.");
    }

    @Test
    @DisplayName("Send on Behalf asked for a group is not given, and the overview says so; its Full Access and Send As"
            + " are")
    void noSendOnBehalfForAGroup() {
        Chat megan = chat("en-US");

        megan.invoke("manage.applyMembers", add(MARKETING_TEAM, "group", "true"));

        assertThat(tenant.writes())
                .containsExactly(
                        "grant receptie32 Marketing Team FULL_ACCESS automapping=false",
                        "grant receptie32 Marketing Team SEND_AS");
        assertThat(megan.cardText())
                .contains("A group gets Full Access and Send As only, not Send on Behalf: Marketing Team.");
    }
}
