package io.postkamer.dialogs.offboarding;

import static io.postkamer.mailbox.Contoso.FLIP_MAILBOX;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.PIETER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.offboarding.memory.MemoryOffboardingStore;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.SlowTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An offboarding that takes longer than a person waits: the turn answers with its progress, the card is changed in
 * place as steps are done, and the summary takes its place at the end.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class OffboardingProgressInPlaceTest {
    private static final Set<String> SLOW = Set.of("convertToShared", "setAutomaticReply", "healthFacts");
    private static final BotSettings IMPATIENT = new BotSettings(
            Duration.ofMillis(1),
            Duration.ofMillis(2),
            Duration.ofMillis(20),
            25,
            Duration.ofMillis(150),
            Duration.ZERO);

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final TestChannel channel;
    private final PostkamerBot bot;

    OffboardingProgressInPlaceTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        MemoryStorage storage = new MemoryStorage();
        this.bot = new PostkamerBot(
                slowWrites(),
                new ConversationState(storage),
                new UserState(storage),
                IMPATIENT,
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                Requests.inMemory(),
                Reviews.inMemory(),
                new MemoryOffboardingStore(),
                channel.continuations());
    }

    /** The demo tenant, a few of whose calls take 300 ms, as Exchange's do on a busy day. */
    private MailboxService slowWrites() {
        return SlowTenant.over(tenant, (method, args) -> {
            if (SLOW.contains(method.getName())) {
                Thread.sleep(300);
            }
        });
    }

    @Test
    @DisplayName("a slow offboarding answers with its progress, changed in place, and ends with its summary")
    void progressThenSummary() {
        Chat megan = new Chat(channel, () -> bot, "offboard-slow", MEGAN, "en-US");
        megan.say("offboard flip.schoonen@contoso.com");

        megan.invoke(
                "offboard.start",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("mailbox", FLIP_MAILBOX)
                        .put("manager", PIETER)
                        .put("reply", "true")
                        .put("replyText", "Gone; write to Pieter.")
                        .put("licences", "true"));

        assertThat(megan.cardText())
                .contains("Offboarding Flip Schoonen", "Working on it")
                .doesNotContain("is offboarded");
        megan.awaitCard(card -> card.contains("Flip Schoonen is offboarded"), Duration.ofSeconds(10));
        assertThat(megan.cardText()).contains("Removed: Microsoft 365 E3");
        if (channel.delivery() == TestChannel.Delivery.CONNECTOR) {
            assertThat(channel.updatesIn("offboard-slow"))
                    .as("steps shown as they are done, then the summary, in the same card")
                    .anySatisfy(update -> assertThat(
                                    update.getAttachments().get(0).getContent().toString())
                            .contains("Offboarding Flip Schoonen"))
                    .anySatisfy(update -> assertThat(
                                    update.getAttachments().get(0).getContent().toString())
                            .contains("Flip Schoonen is offboarded"));
        }
    }
}
