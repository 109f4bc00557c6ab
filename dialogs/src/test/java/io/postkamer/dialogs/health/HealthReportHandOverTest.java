package io.postkamer.dialogs.health;

import static io.postkamer.mailbox.Contoso.ADELE;
import static io.postkamer.mailbox.Contoso.MEGAN;
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
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A report that takes longer than a person waits: the turn answers with the progress, the card counts up in place,
 * and the report takes its place when the tenant is read; the read is kept, and shared by two administrators.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class HealthReportHandOverTest {
    private static final Duration PER_MAILBOX = Duration.ofMillis(120);
    private static final BotSettings IMPATIENT = new BotSettings(
            Duration.ofMillis(1),
            Duration.ofMillis(2),
            Duration.ofMillis(20),
            25,
            Duration.ofMillis(150),
            Duration.ZERO);

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final AtomicInteger wholeReads = new AtomicInteger();
    private final TestChannel channel;
    private final PostkamerBot bot;

    HealthReportHandOverTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        MemoryStorage storage = new MemoryStorage();
        this.bot = new PostkamerBot(
                slowHealth(),
                new ConversationState(storage),
                new UserState(storage),
                IMPATIENT,
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                Requests.inMemory(),
                Reviews.inMemory(),
                channel.continuations());
    }

    /** The demo tenant, a whole read for a report taking a while per mailbox and telling how far it is. */
    private MailboxService slowHealth() {
        return SlowTenant.over(tenant, (method, args) -> {
            if (method.getName().equals("healthFacts")
                    && ((HealthScan) args[0]).mailbox().isEmpty()) {
                wholeReads.incrementAndGet();
                HealthScan scan = (HealthScan) args[0];
                scan.progress().read(0, 4);
                for (int read = 1; read <= 4; read++) {
                    Thread.sleep(PER_MAILBOX.toMillis());
                    scan.progress().read(read, 4);
                }
            }
        });
    }

    @Test
    @DisplayName("a slow read answers with its progress at once, and the report takes its place when it is done;"
            + " asked again, the report comes from what was read; \"check again\" reads the tenant again")
    void progressThenReportThenKept() {
        Chat megan = new Chat(channel, () -> bot, "health-slow", MEGAN, "en-US");

        megan.say("health report");

        seesProgress(megan);
        assertThat(megan.cardText()).doesNotContain("Sign-in allowed (");
        megan.awaitCard(card -> card.contains("Health of the shared mailboxes"), Duration.ofSeconds(10));
        assertThat(megan.cardText()).contains("Sign-in allowed (3)", "4 shared mailboxes checked.");
        if (channel.delivery() == TestChannel.Delivery.CONNECTOR) {
            assertThat(channel.updatesIn("health-slow"))
                    .as("the progress, counted up in place, then the report in its place")
                    .anySatisfy(update -> assertThat(
                                    update.getAttachments().get(0).getContent().toString())
                            .containsPattern("[1-3] of 4 done"))
                    .anySatisfy(update -> assertThat(
                                    update.getAttachments().get(0).getContent().toString())
                            .contains("Health of the shared mailboxes"));
        }
        assertThat(wholeReads).hasValue(1);

        megan.say("health report");
        assertThat(megan.cardText()).contains("Health of the shared mailboxes", "Made just now");
        assertThat(wholeReads).as("the report is kept").hasValue(1);

        megan.pressButton("health.report");
        seesProgress(megan);
        megan.awaitCard(card -> card.contains("Health of the shared mailboxes"), Duration.ofSeconds(10));
        assertThat(wholeReads).as("checked again").hasValue(2);
    }

    /**
     * The read's progress: the turn's own answer, or on a machine so busy that the turn's patience ran out first, the
     * card that takes the place of the "still working" one.
     */
    private static void seesProgress(Chat megan) {
        if (!megan.cardText().contains("Checking the shared mailboxes")) {
            assertThat(megan.cardText()).contains("Still working on it");
            megan.awaitCard(card -> card.contains("Checking the shared mailboxes"), Duration.ofSeconds(10));
        }
    }

    @Test
    @DisplayName("two administrators asking at once share one read, and each gets the report")
    void twoAdministratorsShareOneRead() {
        Chat megan = new Chat(channel, () -> bot, "health-megan", MEGAN, "en-US");
        Chat adele = new Chat(channel, () -> bot, "health-adele", ADELE, "nl-NL");

        megan.say("health report");
        adele.say("gezondheidsrapport");

        megan.awaitCard(card -> card.contains("Health of the shared mailboxes"), Duration.ofSeconds(10));
        adele.awaitCard(card -> card.contains("Gezondheid van de gedeelde postvakken"), Duration.ofSeconds(10));
        assertThat(wholeReads).hasValue(1);
    }
}
