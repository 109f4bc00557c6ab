package io.postkamer.dialogs.create;

import static io.postkamer.dialogs.testing.TestTenant.FLIP;
import static io.postkamer.dialogs.testing.TestTenant.GER;
import static io.postkamer.dialogs.testing.TestTenant.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.dialogs.testing.TestTenant;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreateMailboxConversationTest {
    private final TestTenant tenant = new TestTenant();
    private final PostkamerBot bot = BotUnderTest.over(tenant);
    private final TestChannel channel = new TestChannel();

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "conversation-1", user, locale);
    }

    static Map<String, String> flipFullAccessAndSendAsGerSendOnBehalf() {
        return Map.of(
                "m0.fullAccess", "true", "m0.autoMapping", "true", "m0.sendAs", "true", "m0.sendOnBehalf", "false",
                "m1.fullAccess", "false", "m1.autoMapping", "false", "m1.sendAs", "false", "m1.sendOnBehalf", "true");
    }

    @Test
    @DisplayName("An admin creates Afdeling Marketing as marketing@contoso.com with Flip and Ger, in English")
    void wholeFlowInEnglish() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("create a shared mailbox");
        assertThat(megan.cardText()).contains("Create a shared mailbox", "What should it be called?");
        assertThat(megan.buttons()).containsExactly("next", "cancel");

        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        assertThat(megan.cardText()).contains("I propose this address for \"Afdeling Marketing\"", "afdeling.marketing");
        assertThat(megan.card().findValue("domain")).isNull();
        assertThat(megan.card().toString()).contains("\"value\":\"contoso.com\"", "@contoso.nl");

        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        assertThat(megan.cardText()).contains("Create this shared mailbox?", "Afdeling Marketing", "marketing@contoso.com",
                "it can take a few minutes before members can be added");
        assertThat(tenant.writes()).isEmpty();

        megan.press("create");
        assertThat(megan.cardText()).contains("Add members", "Afdeling Marketing is ready",
                "Members are the people who can see incoming mail and outgoing replies");
        assertThat(megan.card().toString()).contains("\"dataset\":\"postkamer.people\"", "Flip Schoonen");

        megan.press("next", Map.of("members", FLIP + "," + GER));
        assertThat(megan.cardText()).contains("Choose permissions", "Flip Schoonen", "Ger Verbeek",
                "Full Access and Send As are both needed to use the shared mailbox properly.",
                "Send on Behalf: mail shows")
                .doesNotContain("hidden from the address lists");

        megan.press("apply", flipFullAccessAndSendAsGerSendOnBehalf());
        assertThat(megan.cardText()).contains("Flip Schoonen: Full Access granted", "Flip Schoonen: Send As granted",
                "Ger Verbeek: Send on Behalf granted");
        assertThat(megan.buttons()).containsExactly("next");

        megan.press("next");
        assertThat(megan.cardText()).contains("Block sign-in for the mailbox's account", "system password nobody should use");

        megan.press("block");
        assertThat(megan.cardText()).contains("Afdeling Marketing is ready", "marketing@contoso.com", "Blocked",
                "Flip Schoonen: Full Access, automapping, Send As", "Ger Verbeek: Send on Behalf",
                "after they close and restart Outlook", "Outlook for iOS or Outlook for Android", "shared calendar");

        Mailbox marketing = tenant.mailbox("marketing@contoso.com").orElseThrow();
        assertThat(marketing.displayName()).isEqualTo("Afdeling Marketing");
        assertThat(marketing.account().signInBlocked()).isTrue();
        assertThat(tenant.delegatesOf(marketing.id())).containsExactlyInAnyOrder(
                new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true),
                new PermissionGrant(FLIP, "Flip Schoonen", Right.SEND_AS, false),
                new PermissionGrant(GER, "Ger Verbeek", Right.SEND_ON_BEHALF, false));
        assertThat(tenant.writes()).containsExactly(
                "create marketing@contoso.com \"Afdeling Marketing\"",
                "grant marketing Flip Schoonen FULL_ACCESS automapping=true",
                "grant marketing Flip Schoonen SEND_AS",
                "grant marketing Ger Verbeek SEND_ON_BEHALF",
                "block sign-in marketing");
    }
}
