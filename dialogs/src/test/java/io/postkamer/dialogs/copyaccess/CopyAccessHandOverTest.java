package io.postkamer.dialogs.copyaccess;

import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.KLANTENSERVICE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.SlowTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A copy in a tenant slower than a person waits: the read answers with its progress and the choice takes its place;
 * the grants answer with theirs and the outcome takes its place; nothing is granted twice meanwhile.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class CopyAccessHandOverTest {
    private static final Duration SLOW = Duration.ofMillis(300);
    private static final BotSettings IMPATIENT = new BotSettings(
            Duration.ofMillis(1),
            Duration.ofMillis(2),
            Duration.ofMillis(20),
            25,
            Duration.ofMillis(100),
            Duration.ZERO);

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final TestChannel channel;
    private final PostkamerBot bot;

    CopyAccessHandOverTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        tenant.grant(FACTUREN, FLIP, Right.FULL_ACCESS, true);
        tenant.grant(KLANTENSERVICE, FLIP, Right.SEND_ON_BEHALF, false);
        MemoryStorage storage = new MemoryStorage();
        this.bot = new PostkamerBot(
                slow(),
                new ConversationState(storage),
                new UserState(storage),
                IMPATIENT,
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                Requests.inMemory(),
                Reviews.inMemory(),
                channel.continuations());
    }

    /** The demo tenant, its whole read and each batch of grants taking longer than the person waits. */
    private MailboxService slow() {
        return SlowTenant.over(tenant, (method, args) -> {
            boolean wholeRead = method.getName().equals("healthFacts")
                    && ((HealthScan) args[0]).mailbox().isEmpty();
            if (wholeRead) {
                ((HealthScan) args[0]).progress().read(0, 4);
            }
            if (wholeRead || method.getName().equals("grantAll")) {
                Thread.sleep(SLOW.toMillis());
            }
        });
    }

    @Test
    @DisplayName("the read's progress, then the choice in its place; the grants' progress, then the outcome in its"
            + " place; a second press meanwhile grants nothing")
    void progressThenChoiceThenOutcome() {
        Chat megan = new Chat(channel, () -> bot, "copy-slow", MEGAN, "en-US");

        megan.say("give Ger the same mailbox access as Flip");

        assertThat(megan.cardText()).contains("Reading the shared mailboxes");
        megan.awaitCard(card -> card.contains("Give Ger Verbeek the same mailbox access"), Duration.ofSeconds(10));
        Chat.Shown choice = megan.shown();
        CopyAccessTest.give(megan, Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "true"));
        CopyAccessTest.giveOn(megan, choice.card(), Map.of(RECEPTIE32, "true"));

        megan.awaitCard(
                card -> card.contains("Mailbox access of Flip Schoonen for Ger Verbeek"), Duration.ofSeconds(10));
        assertThat(megan.cardText()).contains("Rights given: 3.");
        if (channel.delivery() == TestChannel.Delivery.CONNECTOR) {
            assertThat(channel.updatesIn("copy-slow"))
                    .as("the grants' progress in place, then the outcome in its place")
                    .anySatisfy(update -> assertThat(
                                    update.getAttachments().get(0).getContent().toString())
                            .contains("Giving access"))
                    .anySatisfy(update -> assertThat(
                                    update.getAttachments().get(0).getContent().toString())
                            .contains("Mailbox access of Flip Schoonen for Ger Verbeek"));
        }
        assertThat(tenant.writes())
                .filteredOn(write -> write.contains("Ger Verbeek"))
                .hasSize(3);
    }
}
