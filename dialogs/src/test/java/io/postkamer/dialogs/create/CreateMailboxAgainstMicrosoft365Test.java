package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole create conversation on the Microsoft 365 client, against a WireMock stand-in of Graph
 * and Exchange Online: the changes the tenant receives are exactly the ones the procedure makes.
 */
class CreateMailboxAgainstMicrosoft365Test {
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService());
    private final TestChannel channel = new TestChannel();

    @AfterEach
    void stop() {
        m365.close();
    }

    /** Every request that changes the tenant, in order; searches ($batch) and reads are left out. */
    private List<String> changes() {
        return m365.requests().stream()
                .filter(request -> request.isExchange() ? !request.cmdlet().startsWith("Get-")
                        : request.isGraph() && !request.method().equals("GET") && !request.url().startsWith("/v1.0/$batch"))
                .map(request -> request.isExchange() ? request.cmdlet() + " " + request.parameters()
                        : request.method() + " " + request.url() + " " + request.body())
                .toList();
    }

    @Test
    @DisplayName("creating Afdeling Marketing with Flip and Ger sends exactly the procedure's changes to Exchange and Graph")
    void exactChangesReachMicrosoft365() {
        Chat megan = new Chat(channel, () -> bot, "conversation-m365", MEGAN, "en-US");

        megan.say("create a shared mailbox");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        assertThat(changes()).isEmpty();
        megan.press("create");
        megan.press("next", Map.of("members", FLIP + "," + GER));
        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());
        megan.press("next");
        megan.press("block");
        assertThat(megan.cardText()).contains("Afdeling Marketing is ready", "marketing@contoso.com", "Blocked");

        String account = m365.tenant().mailbox("marketing@contoso.com").orElseThrow().account().userId();
        assertThat(changes()).containsExactly(
                "New-Mailbox {\"Shared\":true,\"Name\":\"marketing\",\"DisplayName\":\"Afdeling Marketing\","
                        + "\"Alias\":\"marketing\",\"PrimarySmtpAddress\":\"marketing@contoso.com\"}",
                "Add-MailboxPermission {\"Identity\":\"marketing@contoso.com\",\"User\":\"fschoonen@contoso.com\","
                        + "\"AccessRights\":[\"FullAccess\"],\"InheritanceType\":\"All\",\"AutoMapping\":true}",
                "Add-RecipientPermission {\"Identity\":\"marketing@contoso.com\",\"Trustee\":\"fschoonen@contoso.com\","
                        + "\"AccessRights\":[\"SendAs\"],\"Confirm\":false}",
                "Set-Mailbox {\"Identity\":\"marketing@contoso.com\",\"GrantSendOnBehalfTo\":"
                        + "{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Add\":[\"ger.verbeek@contoso.com\"]}}",
                "PATCH /v1.0/users/" + account + " {\"accountEnabled\":false}");
        assertThat(m365.requests()).allSatisfy(request ->
                assertThat(request.isToken() || request.isGraph() || request.isExchange()).as(request.url()).isTrue());
    }
}
