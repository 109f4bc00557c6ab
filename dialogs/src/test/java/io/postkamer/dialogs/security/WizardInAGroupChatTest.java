package io.postkamer.dialogs.security;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.demo.DemoTenant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** In a group chat the create wizard is the person's who started it: others' presses are refused and audited. */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class WizardInAGroupChatTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;

    WizardInAGroupChatTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    @Test
    @DisplayName(
            "Flip changes the inputs of Megan's wizard and presses Apply: refused, audited, nothing granted; Megan goes on")
    void othersCannotPressIt() {
        Chat chat = new Chat(channel, () -> bot, "group-1", MEGAN, "en-US").conversationType("groupChat");
        chat.say("create a shared mailbox called Afdeling Marketing");
        chat.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        chat.press("create");
        Chat.Shown members = chat.shown();

        chat.as(FLIP).pressOn(members, "next", Map.of("members", FLIP));

        assertThat(chat.lastToast()).isEqualTo("This card belongs to Megan Bowen: only they can use it.");
        assertThat(audit.all())
                .filteredOn(entry -> entry.outcome() == AuditEntry.Outcome.REFUSED)
                .singleElement()
                .satisfies(refusal -> {
                    assertThat(refusal.actor().name()).isEqualTo("Flip Schoonen");
                    assertThat(refusal.action()).isEqualTo("press next on another's wizard");
                    assertThat(refusal.target().name()).isEqualTo("Afdeling Marketing");
                });
        chat.as(MEGAN).pressOn(members, "next", Map.of("members", MEGAN));
        assertThat(chat.cardText())
                .contains("Choose permissions", "Megan Bowen")
                .doesNotContain("Flip Schoonen");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }
}
