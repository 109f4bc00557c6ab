package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.ANOUK;
import static io.postkamer.mailbox.Contoso.EXCHANGESTANDARD;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The overview's actions on the Microsoft 365 client, against a WireMock stand-in of Graph and
 * Exchange Online: each press sends exactly the cmdlet or Graph call the admin centre would.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class ManageAgainstMicrosoft365Test {
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService());
    private final Chat megan;

    ManageAgainstMicrosoft365Test(TestChannel.Delivery delivery) {
        this.megan = new Chat(new TestChannel(delivery), () -> bot, "manage-m365", MEGAN, "en-US");
    }

    @AfterEach
    void stop() {
        m365.close();
    }

    private static ObjectNode about(String mailbox) {
        return JsonNodeFactory.instance.objectNode().put("mailbox", mailbox);
    }

    /** Every request that changes the tenant, in order; searches and reads are left out. */
    private List<String> changes() {
        return m365.requests().stream()
                .filter(FakeMicrosoft365.Received::isChange)
                .map(FakeMicrosoft365.Received::change)
                .toList();
    }

    @Test
    @DisplayName(
            "hide, unblock, remove one right, switch automapping: one exact call each, none while the confirmation is asked")
    void overviewActions() {
        megan.invoke("manage.hide", about(RECEPTIE32));
        assertThat(changes()).as("the question changes nothing").isEmpty();
        megan.pressButton("manage.hide");
        megan.invoke("manage.unblock", about(RECEPTIE32));
        megan.pressButton("manage.unblock");
        megan.invoke(
                "manage.revoke",
                about(RECEPTIE32)
                        .put("member", FLIP)
                        .put("name", "Flip Schoonen")
                        .put("right", "SEND_AS"));
        megan.pressButton("manage.revoke");
        megan.invoke(
                "manage.revoke",
                about(RECEPTIE32).put("member", ANOUK).put("name", "Anouk Smit").put("right", "SEND_ON_BEHALF"));
        megan.pressButton("manage.revoke");
        megan.invoke(
                "manage.automapping",
                about(RECEPTIE32).put("member", ANOUK).put("name", "Anouk Smit").put("autoMapping", false));

        assertThat(changes())
                .containsExactly(
                        "Set-Mailbox {\"Identity\":\"receptie32@contoso.com\",\"HiddenFromAddressListsEnabled\":true}",
                        "PATCH /v1.0/users/" + RECEPTIE32 + " {\"accountEnabled\":true}",
                        "Remove-RecipientPermission {\"Identity\":\"receptie32@contoso.com\",\"Trustee\":\"fschoonen@contoso.com\","
                                + "\"AccessRights\":[\"SendAs\"],\"Confirm\":false}",
                        "Set-Mailbox {\"Identity\":\"receptie32@contoso.com\",\"GrantSendOnBehalfTo\":"
                                + "{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Remove\":[\"anouk.smit@contoso.com\"]}}",
                        "Remove-MailboxPermission {\"Identity\":\"receptie32@contoso.com\",\"User\":\"anouk.smit@contoso.com\","
                                + "\"AccessRights\":[\"FullAccess\"],\"InheritanceType\":\"All\",\"Confirm\":false}",
                        "Add-MailboxPermission {\"Identity\":\"receptie32@contoso.com\",\"User\":\"anouk.smit@contoso.com\","
                                + "\"AccessRights\":[\"FullAccess\"],\"InheritanceType\":\"All\",\"AutoMapping\":false}");
    }

    @Test
    @DisplayName(
            "convert, remove the licence and add an appointment: Set-Mailbox -Type Shared, assignLicense, a calendar event")
    void convertLicenceAndCalendar() {
        megan.invoke("manage.convert", about(SANNE_MAILBOX));
        megan.pressButton("manage.convert");
        megan.invoke(
                "manage.removeLicence",
                about(SANNE_MAILBOX).put("sku", EXCHANGESTANDARD).put("name", "EXCHANGESTANDARD"));
        megan.pressButton("manage.removeLicence");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        megan.invoke(
                "manage.addEvent",
                about(RECEPTIE32)
                        .put("subject", "Client visit")
                        .put("date", day.toString())
                        .put("start", "10:00")
                        .put("end", "11:00")
                        .put("location", "Room 2"));

        List<String> changes = changes();
        assertThat(changes).hasSize(3);
        assertThat(changes.get(0))
                .isEqualTo("Set-Mailbox {\"Identity\":\"sanne.willems@contoso.com\",\"Type\":\"Shared\"}");
        assertThat(changes.get(1))
                .isEqualTo("POST /v1.0/users/" + SANNE_MAILBOX + "/assignLicense "
                        + "{\"addLicenses\":[],\"removeLicenses\":[\"" + EXCHANGESTANDARD + "\"]}");
        assertThat(changes.get(2))
                .startsWith("POST /v1.0/users/" + RECEPTIE32 + "/events ")
                .contains("\"subject\":\"Client visit\"", "\"displayName\":\"Room 2\"", day + "T10:00:00");
    }
}
