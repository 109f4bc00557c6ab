package io.postkamer.dialogs.create;

import static io.postkamer.dialogs.testing.TestTenant.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.MemoryStorage;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.dialogs.testing.TestTenant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResumeAfterRestartTest {
    private final TestTenant tenant = new TestTenant().slowProvisioning();
    private final MemoryStorage storage = new MemoryStorage();
    private final AtomicReference<PostkamerBot> bot = new AtomicReference<>(BotUnderTest.over(tenant, storage));
    private final TestChannel channel = new TestChannel();

    private Chat createMarketing(String locale, String start) {
        Chat megan = new Chat(channel, bot::get, "conversation-r", MEGAN, locale);
        megan.say(start);
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        return megan;
    }

    @Test
    @DisplayName("While the mailbox is being created the card says so, shows progress in place and offers to check again")
    void slowProvisioningIsShownInPlace() {
        Chat megan = createMarketing("en-US", "create a shared mailbox called Afdeling Marketing");

        TestChannel.Turn create = megan.press("create");

        assertThat(megan.cardText()).contains("The shared mailbox is being created",
                "It can take a few minutes before members can be added", "continue with Afdeling Marketing");
        assertThat(megan.buttons()).containsExactly("refresh", "cancel");
        assertThat(megan.card().path("refresh").path("action").path("verb").asText()).isEqualTo("refresh");
        assertThat(megan.card().path("refresh").path("userIds").toString()).contains("29:" + MEGAN);
        assertThat(create.updated()).isNotEmpty();
        assertThat(new ObjectMapper().valueToTree(create.updated().get(0).getAttachments().get(0).getContent()).toString())
                .contains("not ready yet");

        megan.press("refresh");
        assertThat(megan.cardText()).contains("The shared mailbox is being created", "times; not ready yet.");

        tenant.finishProvisioning();
        megan.press("refresh");
        assertThat(megan.cardText()).contains("Add members");
    }

    @Test
    @DisplayName("After a restart of the bot the admin continues at the same step")
    void restartResumesAtTheSameStep() {
        Chat megan = createMarketing("en-US", "create a shared mailbox called Afdeling Marketing");
        megan.press("create");
        assertThat(megan.cardText()).contains("The shared mailbox is being created");

        bot.set(BotUnderTest.over(tenant, storage));
        tenant.finishProvisioning();
        megan.say("continue with Marketing");

        assertThat(megan.cardText()).contains("Add members", "Afdeling Marketing is ready");
        megan.press("next", Map.of("members", TestTenant.FLIP));
        assertThat(megan.cardText()).contains("Choose permissions", "Flip Schoonen");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName("Na een restart midden in de keuze van machtigingen gaat het verder bij dezelfde stap")
    void restartInTheMiddleOfPermissions() {
        tenant.finishProvisioning();
        Chat megan = createMarketing("nl-NL", "maak een gedeeld postvak Afdeling Marketing");
        megan.press("create");
        megan.press("next", Map.of("members", TestTenant.FLIP + "," + TestTenant.GER));
        String token = megan.currentToken();

        bot.set(BotUnderTest.over(tenant, storage));
        megan.pressWithToken("apply", token, CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());

        assertThat(megan.cardText()).contains("Flip Schoonen: Volledige toegang verleend", "Ger Verbeek: Verzenden namens verleend");
    }

    @Test
    @DisplayName("Ga verder met een postvak dat nog werd gemaakt toen de beheerder stopte: de wizard pakt het op bij de leden")
    void continueWithAMailboxAfterStopping() {
        Chat megan = createMarketing("nl-NL", "maak een gedeeld postvak Afdeling Marketing");
        megan.press("create");
        megan.say("annuleer");
        assertThat(megan.cardText()).contains("Gestopt");

        bot.set(BotUnderTest.over(tenant, storage));
        tenant.finishProvisioning();
        megan.say("ga verder met Marketing");

        assertThat(megan.cardText()).contains("Leden toevoegen", "Afdeling Marketing is klaar");
    }
}
