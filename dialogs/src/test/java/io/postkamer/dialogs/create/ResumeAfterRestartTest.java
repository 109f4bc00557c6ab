package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.MemoryStorage;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.MutableClock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class ResumeAfterRestartTest {
    private final MutableClock clock = MutableClock.monday();
    private final DemoTenant tenant = ContosoTenant.provisioning(clock);
    private final MemoryStorage storage = new MemoryStorage();
    private final AtomicReference<PostkamerBot> bot = new AtomicReference<>(BotUnderTest.over(tenant, storage));
    private final TestChannel channel;

    ResumeAfterRestartTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat createMarketing(String locale, String start) {
        Chat megan = new Chat(channel, bot::get, "conversation-r", MEGAN, locale);
        megan.say(start);
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        return megan;
    }

    @Test
    @DisplayName(
            "While the mailbox is being created the card says so, shows progress in place and offers to check again")
    void slowProvisioningIsShownInPlace() {
        Chat megan = createMarketing("en-US", "create a shared mailbox called Afdeling Marketing");

        TestChannel.Turn create = megan.press("create");

        assertThat(megan.cardText())
                .contains(
                        "The shared mailbox is being created",
                        "It can take a few minutes before members can be added",
                        "continue with Afdeling Marketing");
        assertThat(megan.buttons()).containsExactly("refresh", "cancel");
        assertThat(megan.card().path("refresh").path("action").path("verb").asText())
                .isEqualTo("refresh");
        assertThat(megan.card().path("refresh").path("userIds").toString()).contains("29:" + MEGAN);
        if (channel.delivery() == TestChannel.Delivery.CONNECTOR) {
            // Under expectReplies nothing can be changed in place: the replies are the HTTP answer.
            assertThat(create.updated()).isNotEmpty();
            assertThat(new ObjectMapper()
                            .valueToTree(create.updated()
                                    .get(0)
                                    .getAttachments()
                                    .get(0)
                                    .getContent())
                            .toString())
                    .contains("not ready yet");
        }

        megan.press("refresh");
        assertThat(megan.cardText()).contains("The shared mailbox is being created", "times; not ready yet.");

        clock.advance(ContosoTenant.PROVISIONING);
        megan.press("refresh");
        assertThat(megan.cardText()).contains("Add members");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName("After a restart of the bot the admin continues at the same step")
    void restartResumesAtTheSameStep() {
        Chat megan = createMarketing("en-US", "create a shared mailbox called Afdeling Marketing");
        megan.press("create");
        assertThat(megan.cardText()).contains("The shared mailbox is being created");

        bot.set(BotUnderTest.over(tenant, storage));
        clock.advance(ContosoTenant.PROVISIONING);
        megan.say("continue with Marketing");

        assertThat(megan.cardText()).contains("Add members", "Afdeling Marketing is ready");
        megan.press("next", Map.of("members", FLIP));
        assertThat(megan.cardText()).contains("Choose permissions", "Flip Schoonen");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName("Na een restart midden in de keuze van machtigingen gaat het verder bij dezelfde stap")
    void restartInTheMiddleOfPermissions() {
        Chat megan = createMarketing("nl-NL", "maak een gedeeld postvak Afdeling Marketing");
        megan.press("create");
        clock.advance(ContosoTenant.PROVISIONING);
        megan.press("refresh");
        megan.press("next", Map.of("members", FLIP + "," + GER));
        String token = megan.currentToken();

        bot.set(BotUnderTest.over(tenant, storage));
        megan.pressWithToken("apply", token, CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());

        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Volledige toegang verleend",
                        "Ger Verbeek: Verzenden namens verleend",
                        "Kopieën van verzonden mail in Verzonden items: bewaard");
        assertThat(tenant.writes())
                .containsExactly(
                        "create marketing@contoso.com \"Afdeling Marketing\"",
                        "grant marketing Flip Schoonen FULL_ACCESS automapping=true",
                        "grant marketing Flip Schoonen SEND_AS",
                        "grant marketing Ger Verbeek SEND_ON_BEHALF",
                        "sent items copies marketing sentAs=true sentOnBehalf=true");
    }

    @Test
    @DisplayName(
            "Ga verder met een postvak dat nog werd gemaakt toen de beheerder stopte: de wizard pakt het op bij de leden")
    void continueWithAMailboxAfterStopping() {
        Chat megan = createMarketing("nl-NL", "maak een gedeeld postvak Afdeling Marketing");
        megan.press("create");
        megan.say("annuleer");
        assertThat(megan.cardText()).contains("Gestopt");

        bot.set(BotUnderTest.over(tenant, storage));
        clock.advance(ContosoTenant.PROVISIONING);
        megan.say("ga verder met Marketing");

        assertThat(megan.cardText()).contains("Leden toevoegen", "Afdeling Marketing is klaar");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }
}
