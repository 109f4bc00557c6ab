package io.postkamer.dialogs.health;

import static io.postkamer.mailbox.Contoso.DELETED_ACCOUNT;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.SANNE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * The health report on the Microsoft 365 client against its stand-in of Graph and Exchange: the same findings as on
 * the demo tenant, read in bulk, and fixes that send exactly the call the admin centre would.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class HealthReportOnMicrosoft365Test {
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService());
    private final Chat megan;

    HealthReportOnMicrosoft365Test(TestChannel.Delivery delivery) {
        this.megan = new Chat(new TestChannel(delivery), () -> bot, "health-m365", MEGAN, "en-US");
    }

    @AfterEach
    void stop() {
        m365.close();
    }

    /** Every request that changes the tenant, in order. */
    private List<String> changes() {
        return m365.requests().stream()
                .filter(FakeMicrosoft365.Received::isChange)
                .map(FakeMicrosoft365.Received::change)
                .toList();
    }

    @Test
    @DisplayName("every kind of finding shows as on the demo tenant; no trustee is looked up one by one")
    void everyFinding() {
        megan.say("health report");

        assertThat(megan.cardText())
                .contains(
                        "4 shared mailboxes checked.",
                        "Sign-in allowed (3)",
                        "Licence not needed (1)",
                        "Exchange Online (Plan 1) · 6.2 GB",
                        "Licence needed (1)",
                        "No owner (4)",
                        "Sanne Willems, account disabled: Full Access",
                        "A deleted account: Send As",
                        "Send As: Pradeep Gupta",
                        "Full Access: Marketing Team")
                .doesNotContain("Together", "a month");
        assertThat(m365.cmdlets()).doesNotContain("Get-Recipient");
        assertThat(changes()).isEmpty();
    }

    @Test
    @DisplayName(
            "a deleted account's Send As is removed by its SID, a disabled person's Full Access by their name, sign-in"
                    + " blocked with one PATCH; the report after each no longer shows it, without reading the tenant again")
    void fixesSendTheAdminCentresCalls() {
        megan.say("health report");
        m365.forgetRequests();

        megan.invoke(
                "health.removePermission",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("mailbox", io.postkamer.mailbox.Contoso.KLANTENSERVICE)
                        .put("member", DELETED_ACCOUNT)
                        .put("right", "SEND_AS"));
        assertThat(changes()).as("the question changes nothing").isEmpty();
        megan.pressButton("health.removePermission");
        megan.invoke(
                "health.removePermission",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("mailbox", io.postkamer.mailbox.Contoso.KLANTENSERVICE)
                        .put("member", SANNE)
                        .put("right", "FULL_ACCESS"));
        megan.pressButton("health.removePermission");
        megan.invoke("health.block", JsonNodeFactory.instance.objectNode().put("mailbox", FACTUREN));
        megan.pressButton("health.block");

        assertThat(changes())
                .containsExactly(
                        "Remove-RecipientPermission {\"Identity\":\"klantenservice@contoso.com\",\"Trustee\":\""
                                + DELETED_ACCOUNT + "\",\"AccessRights\":[\"SendAs\"],\"Confirm\":false}",
                        "Remove-MailboxPermission {\"Identity\":\"klantenservice@contoso.com\","
                                + "\"User\":\"sanne.willems@contoso.com\",\"AccessRights\":[\"FullAccess\"],"
                                + "\"InheritanceType\":\"All\",\"Confirm\":false}",
                        "PATCH /v1.0/users/" + FACTUREN + " {\"accountEnabled\":false}");
        assertThat(megan.cardText())
                .contains("Sign-in blocked for Facturen.", "Sign-in allowed (2)")
                .doesNotContain("Rights of disabled or deleted accounts (");
        assertThat(m365.requests().stream()
                        .filter(request -> request.cmdlet().equals("Get-Mailbox"))
                        .filter(request -> !request.parameters().has("Identity")))
                .as("the tenant's shared mailboxes are not listed again for the report after a fix")
                .isEmpty();
    }

    @Test
    @DisplayName("a group's members get Full Access with automapping one by one, then the group's own is removed by"
            + " its name; the report after it no longer shows the group")
    void groupMembersGetFullAccessOnMicrosoft365() {
        megan.say("health report");
        m365.forgetRequests();

        megan.invoke(
                "health.groupMembers",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("mailbox", io.postkamer.mailbox.Contoso.KLANTENSERVICE)
                        .put("group", io.postkamer.mailbox.Contoso.MARKETING_TEAM));
        assertThat(megan.cardText()).contains("Marketing Team has 4 members who are people");
        assertThat(changes()).as("the question changes nothing").isEmpty();
        megan.pressButton("health.groupMembers");

        assertThat(changes()).hasSize(5);
        assertThat(changes().subList(0, 4))
                .allSatisfy(change -> assertThat(change)
                        .startsWith("Add-MailboxPermission {\"Identity\":\"klantenservice@contoso.com\"")
                        .contains("\"AccessRights\":[\"FullAccess\"]", "\"AutoMapping\":true"));
        assertThat(changes().get(4))
                .startsWith("Remove-MailboxPermission {\"Identity\":\"klantenservice@contoso.com\"")
                .contains("\"AccessRights\":[\"FullAccess\"]");
        assertThat(megan.cardText())
                .contains("Full Access given to the members of Marketing Team on Klantenservice")
                .doesNotContain("Full Access through a group (");
    }
}
