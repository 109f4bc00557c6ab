package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.demo.DemoOperation;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.MutableClock;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Waiting for Exchange to finish a new mailbox, with the answers the demo tenant gives while it provisions. */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class ProvisioningWaitTest {
    private final MutableClock clock = MutableClock.monday();
    private final TestChannel channel;

    ProvisioningWaitTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private static Chat confirmMarketing(TestChannel channel, DemoTenant tenant) {
        PostkamerBot bot = BotUnderTest.over(tenant);
        Chat megan = new Chat(channel, () -> bot, "conversation-p", MEGAN, "en-US");
        megan.say("create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        return megan;
    }

    @Test
    @DisplayName("Exchange answering 'not ready yet' (MAILBOX_NOT_READY) while the bot waits is part of waiting")
    void notReadyWhileWaitingIsWaitedOut() {
        DemoTenant tenant = ContosoTenant.readyAtOnce();
        Chat megan = confirmMarketing(channel, tenant);
        tenant.faults()
                .next(DemoOperation.MAILBOX, 2)
                .thenThrow(new MailboxException.NotReady("marketing@contoso.com"));

        megan.press("create");

        assertThat(megan.cardText()).contains("Add members", "Afdeling Marketing is ready");
        assertThat(megan.toasts()).isEmpty();
        assertThat(tenant.faults().pending(DemoOperation.MAILBOX)).isZero();
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName(
            "A mailbox still provisioning is refused by the demo tenant with NotReady; the bot never grants before it is ready")
    void nothingIsGrantedWhileTheMailboxProvisions() {
        DemoTenant tenant = ContosoTenant.provisioning(clock);
        Chat megan = confirmMarketing(channel, tenant);

        megan.press("create");
        megan.press("refresh");
        megan.press("next", Map.of("members", FLIP));

        assertThat(megan.cardText())
                .contains("The shared mailbox is being created")
                .doesNotContain("Choose permissions");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");

        clock.advance(ContosoTenant.PROVISIONING);
        megan.press("refresh");
        assertThat(megan.cardText()).contains("Add members");
    }

    @Test
    @DisplayName("A refusal that waiting will not cure is said at once; the card still offers to check again")
    void permanentFailureWhileWaitingIsSaid() {
        DemoTenant tenant = ContosoTenant.readyAtOnce();
        Chat megan = confirmMarketing(channel, tenant);
        tenant.faults().next(DemoOperation.MAILBOX).failRemotely(403);

        megan.press("create");

        assertThat(megan.lastToast()).isEqualTo("Microsoft 365 (Exchange Online) did not do it: injected fault");
        assertThat(megan.cardText()).contains("The shared mailbox is being created");
        assertThat(megan.buttons()).containsExactly("refresh", "cancel");

        megan.press("refresh");
        assertThat(megan.cardText()).contains("Add members");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName(
            "Create answers at once; when the mailbox is ready minutes later the bot changes the card on its own, without a press")
    void readyLaterChangesTheCardWithoutAPress() {
        DemoTenant tenant = ContosoTenant.provisioning(clock);
        PostkamerBot bot = BotUnderTest.following(tenant, channel);
        Chat megan = new Chat(channel, () -> bot, "conversation-later", MEGAN, "en-US");
        megan.say("create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));

        megan.press("create");
        assertThat(megan.cardText()).contains("The shared mailbox is being created");

        clock.advance(ContosoTenant.PROVISIONING);
        megan.awaitCard(card -> card.contains("Add members"), java.time.Duration.ofSeconds(5));
        assertThat(megan.cardText()).contains("Add members", "Afdeling Marketing is ready");

        megan.press("next", Map.of("members", FLIP));
        assertThat(megan.cardText()).contains("Choose permissions");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName("the bot stops looking on its own after its time is up; the card still offers to check again")
    void followUpsEnd() throws InterruptedException {
        DemoTenant tenant = ContosoTenant.provisioning(clock);
        PostkamerBot bot = BotUnderTest.following(tenant, channel);
        Chat megan = new Chat(channel, () -> bot, "conversation-never", MEGAN, "en-US");
        megan.say("create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");

        Thread.sleep(BotUnderTest.FOLLOWING_UP.followUpFor().plusMillis(500).toMillis());
        int received = channel.receivedIn("conversation-never");
        Thread.sleep(300);

        assertThat(channel.receivedIn("conversation-never"))
                .as("no more checks")
                .isEqualTo(received);
        assertThat(channel.updatesIn("conversation-never").size())
                .as("a few checks, each changing the card")
                .isBetween(10, 25);
        megan.awaitCard(card -> card.contains("being created"), java.time.Duration.ofSeconds(1));
        assertThat(megan.buttons()).contains("refresh");
    }
}
