package io.postkamer.dialogs.copyaccess;

import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.KLANTENSERVICE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A copy on the Microsoft 365 client, against the stand-in of Graph and Exchange Online: the read is the health
 * report's bulk read (no call per mailbox for the person), the press reads only the chosen mailboxes again, and the
 * writes are exactly the cmdlets the admin centre would send.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class CopyAccessOnMicrosoft365Test {
    private final FakeMicrosoft365 m365;
    private final PostkamerBot bot;
    private final Chat megan;

    CopyAccessOnMicrosoft365Test(TestChannel.Delivery delivery) {
        DemoTenant tenant = ContosoTenant.readyAtOnce();
        tenant.grant(FACTUREN, FLIP, Right.FULL_ACCESS, true);
        tenant.grant(KLANTENSERVICE, FLIP, Right.SEND_ON_BEHALF, false);
        this.m365 = FakeMicrosoft365.start(tenant);
        this.bot = BotUnderTest.over(m365.newService());
        this.megan = new Chat(new TestChannel(delivery), () -> bot, "copy-m365", MEGAN, "en-US");
    }

    @AfterEach
    void stop() {
        m365.close();
    }

    /** Exchange cmdlets that change the tenant, with their parameters. */
    private List<String> changes() {
        return m365.requests().stream()
                .filter(request -> request.isExchange() && !request.cmdlet().startsWith("Get-"))
                .map(request -> request.cmdlet() + " " + request.parameters())
                .toList();
    }

    private long exchangeCalls(String cmdlet) {
        return m365.requests().stream()
                .filter(request -> request.isExchange() && request.cmdlet().equals(cmdlet))
                .count();
    }

    @Test
    @DisplayName("the read costs what the health report's read costs; the press reads the two chosen mailboxes again"
            + " and sends exactly Add-RecipientPermission and Add-MailboxPermission with automapping")
    void callsOfACopy() {
        megan.say("give Ger the same mailbox access as Flip");
        assertThat(megan.cardText()).contains("Ontvangstgebouw 32", "Facturen", "Klantenservice");
        assertThat(exchangeCalls("Get-MailboxPermission"))
                .as("one per shared mailbox")
                .isEqualTo(4);
        assertThat(changes()).isEmpty();
        m365.forgetRequests();

        CopyAccessTest.give(megan, Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "false"));

        assertThat(changes())
                .containsExactlyInAnyOrder(
                        "Add-RecipientPermission {\"Identity\":\"receptie32@contoso.com\",\"Trustee\":"
                                + "\"ger.verbeek@contoso.com\",\"AccessRights\":[\"SendAs\"],\"Confirm\":false}",
                        "Add-MailboxPermission {\"Identity\":\"facturen@contoso.com\",\"User\":\"ger.verbeek@contoso.com\","
                                + "\"AccessRights\":[\"FullAccess\"],\"InheritanceType\":\"All\",\"AutoMapping\":true}");
        assertThat(m365.requests())
                .as("Klantenservice, not chosen, is not read again")
                .noneMatch(request ->
                        request.isExchange() && request.parameters().toString().contains("klantenservice@contoso.com"));
        long pressCalls = m365.requests().stream().filter(r -> !r.isToken()).count();
        assertThat(pressCalls)
                .as("calls of the press: each chosen mailbox read once again, then its grants")
                .isLessThanOrEqualTo(2 * 20);
        assertThat(megan.cardText()).contains("Given: Send As", "Given: Full Access");
    }
}
