package io.postkamer.dialogs.health;

import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditSentences;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.health.memory.MemoryHealthPostStore;
import io.postkamer.dialogs.requests.RecordingMessenger;
import io.postkamer.dialogs.requests.RequestSettings;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.demo.DemoOperation;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * The health report posted to the helpdesk channel once a week on its own, in the channel's language: once per period
 * across instances, again in the same period after a read or a post that failed, and as soon as a channel is set; its
 * buttons are the report's own, for administrators only.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class HealthReportPostsTest {
    private static final String CHANNEL = "19:helpdesk@thread.tacv2";
    /** A Monday; weekly periods count from Thursday 1 January 2026, so this one began on Thursday 19 November. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final Requests requests = Requests.inMemory(
                    messenger, new RequestSettings(List.of(LOTTE), Duration.ofDays(2), Optional.empty()), clock)
            .withAudit(audit);
    private final MemoryHealthPostStore store = new MemoryHealthPostStore();
    private final HealthReportPosts instance1 = instance("instance-1");
    private final HealthReportPosts instance2 = instance("instance-2");
    private final TestChannel channel;
    private final PostkamerBot bot;

    HealthReportPostsTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        messenger.sendThrough(channel.messenger());
        MemoryStorage storage = new MemoryStorage();
        this.bot = new PostkamerBot(
                tenant,
                new ConversationState(storage),
                new UserState(storage),
                BotUnderTest.QUICK,
                Executors.newCachedThreadPool(),
                clock,
                requests,
                Reviews.inMemory(),
                channel.continuations());
    }

    private HealthReportPosts instance(String name) {
        return HealthReportPosts.of(
                Optional.of(Period.ofWeeks(1)),
                store,
                tenant,
                requests,
                LicencePrices.none(),
                Executors.newCachedThreadPool(),
                name);
    }

    private Chat inChannel(String user, String locale) {
        return new Chat(channel, () -> bot, CHANNEL + ";messageid=17" + user.length(), user, locale)
                .conversationType("channel");
    }

    private List<JsonNode> posted() {
        return messenger.inConversation(CHANNEL).stream()
                .map(RecordingMessenger.Sent::card)
                .toList();
    }

    private List<AuditEntry> posts() {
        return audit.all().stream()
                .filter(entry -> entry.action().equals(HealthReportPosts.POST))
                .toList();
    }

    /** Every text of a card, one per line. */
    private static String text(JsonNode card) {
        List<String> texts = new ArrayList<>();
        card.findValues("text").forEach(value -> texts.add(value.asText()));
        card.findValues("title").forEach(value -> texts.add(value.asText()));
        return String.join("\n", texts);
    }

    /** The data of the posted card's button with this verb whose data names this value. */
    private static ObjectNode button(JsonNode card, String verb, String key, String value) {
        return card.findParents("verb").stream()
                .filter(action -> action.path("verb").asText().equals(verb))
                .filter(action -> value.isEmpty()
                        || action.path("data").path(key).asText().equals(value))
                .findFirst()
                .map(action -> ((ObjectNode) action.path("data")).deepCopy())
                .orElseThrow(() -> new AssertionError("no button " + verb + " on " + card));
    }

    @Test
    @DisplayName("once the channel is set, the weekly report is posted there once, in English, with the audit; a second"
            + " round and a second instance post nothing more that week; the next week it is posted again")
    void weeklyInEnglish() {
        Chat megan = inChannel(MEGAN, "en-US");
        megan.say("<at>Postkamer</at> set helpdesk channel");
        assertThat(megan.lastToast()).contains("This channel is now the helpdesk channel");

        assertThat(instance1.runDue()).isTrue();
        assertThat(instance1.runDue()).isFalse();
        assertThat(instance2.runDue()).isFalse();

        assertThat(posted())
                .singleElement()
                .satisfies(card -> assertThat(text(card))
                        .contains(
                                "Weekly health report",
                                "Posted by Postkamer on its own, for the period from Nov 19, 2026.",
                                "Made just now; 4 shared mailboxes checked.",
                                "Sign-in allowed (3)",
                                "facturen@contoso.com",
                                "Block sign-in",
                                "Block sign-in for all 3",
                                "Check again")
                        .doesNotContain("Health of the shared mailboxes"));
        assertThat(posts())
                .extracting(AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(tuple(AuditEntry.Outcome.DELIVERED, "every P7D from 2026-11-19: helpdesk channel"));
        assertThat(AuditSentences.what(posts().get(0), Texts.forLocale("en-US")))
                .isEqualTo("Postkamer posted the health report in the helpdesk channel");
        assertThat(AuditSentences.what(posts().get(0), Texts.forLocale("nl-NL")))
                .isEqualTo("Postkamer heeft het gezondheidsrapport in het helpdeskkanaal geplaatst");
        assertThat(tenant.writes()).isEmpty();

        clock.advance(Duration.ofDays(2));
        assertThat(instance2.runDue()).isFalse();
        clock.advance(Duration.ofDays(2));
        assertThat(instance2.runDue())
                .as("Thursday 26 November begins the next week")
                .isTrue();
        assertThat(instance1.runDue()).isFalse();

        assertThat(posted()).hasSize(2);
        assertThat(text(posted().get(1))).contains("for the period from Nov 26, 2026.");
        assertThat(posts())
                .extracting(AuditEntry::outcome)
                .containsExactly(AuditEntry.Outcome.DELIVERED, AuditEntry.Outcome.DELIVERED);
    }

    @Test
    @DisplayName("een Nederlands helpdeskkanaal krijgt het wekelijkse rapport in het Nederlands, zonder Engels woord")
    void weeklyInDutch() {
        inChannel(MEGAN, "nl-NL").say("stel helpdeskkanaal in");

        assertThat(instance1.runDue()).isTrue();

        assertThat(posted())
                .singleElement()
                .satisfies(card -> assertThat(text(card))
                        .contains(
                                "Wekelijks gezondheidsrapport",
                                "Vanzelf geplaatst door Postkamer, voor de periode vanaf 19 nov. 2026.",
                                "Gemaakt zojuist; 4 gedeelde postvakken nagekeken.",
                                "Aanmelden toegestaan (3)",
                                "Aanmelden blokkeren voor alle 3",
                                "Opnieuw nakijken")
                        .doesNotContain(
                                "Weekly",
                                "health",
                                "Health",
                                "Posted",
                                "Made",
                                "Sign-in",
                                "sign-in",
                                "Full Access",
                                "Send As",
                                "licence",
                                "disabled",
                                "deleted",
                                "Remove",
                                "Block",
                                "Check again",
                                "SEND_AS",
                                "null"));
        assertThat(posts()).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.DELIVERED);
    }

    @Test
    @DisplayName("on the posted card a member of staff pressing a fix is refused and audited, nothing changes; an"
            + " administrator gets the question first")
    void buttonsAreForAdministrators() {
        inChannel(MEGAN, "en-US").say("set helpdesk channel");
        instance1.runDue();
        JsonNode card = posted().get(0);

        Chat flip = inChannel(FLIP, "en-US");
        flip.invoke("health.block", button(card, "health.block", "mailbox", FACTUREN));
        assertThat(flip.lastToast()).contains("You are not authorised");

        Chat megan = inChannel(MEGAN, "en-US");
        megan.invoke("health.block", button(card, "health.block", "mailbox", FACTUREN));
        assertThat(megan.cardText())
                .contains("Block sign-in for Facturen?", "Nobody can sign in to the account of Facturen any more.");

        assertThat(tenant.writes()).isEmpty();
        assertThat(audit.all())
                .filteredOn(entry -> entry.action().equals("block sign-in"))
                .extracting(entry -> entry.actor().id(), AuditEntry::outcome)
                .containsExactly(tuple(FLIP, AuditEntry.Outcome.REFUSED));
    }

    @Test
    @DisplayName("\"block all\" pressed on the posted card, whose read the conversation does not keep (gone after a"
            + " quarter of an hour, or read by another instance), shows the report as it is now and blocks nothing")
    void blockAllFromThePostShowsTheCurrentReport() {
        inChannel(MEGAN, "en-US").say("set helpdesk channel");
        instance1.runDue();

        Chat megan = inChannel(MEGAN, "en-US");
        megan.invoke("health.blockAll", button(posted().get(0), "health.blockAll", "report", ""));

        assertThat(megan.cardText())
                .contains(
                        "The report has changed since that button was shown: here it is as it is now.",
                        "Health of the shared mailboxes",
                        "Block sign-in for all 3");
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName("a throttled read posts nothing and is audited as not delivered; no other instance posts meanwhile;"
            + " the round after the lease posts the week's report once")
    void aFailedReadIsTriedAgain() {
        inChannel(MEGAN, "en-US").say("set helpdesk channel");
        tenant.faults().next(DemoOperation.HEALTH_FACTS).throttle(Duration.ofSeconds(30));

        assertThat(instance1.runDue()).isFalse();
        assertThat(instance2.runDue()).as("the first instance's claim holds").isFalse();
        assertThat(posted()).isEmpty();
        assertThat(posts())
                .singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.NOT_DELIVERED))
                .satisfies(entry -> assertThat(entry.detail())
                        .isEqualTo("every P7D from 2026-11-19: the shared mailboxes could not be read: THROTTLED"));

        clock.advance(HealthReportPosts.LEASE.plusMinutes(1));
        assertThat(instance2.runDue()).isTrue();
        assertThat(instance1.runDue()).isFalse();

        assertThat(posted()).hasSize(1);
        assertThat(posts())
                .extracting(AuditEntry::outcome)
                .containsExactly(AuditEntry.Outcome.NOT_DELIVERED, AuditEntry.Outcome.DELIVERED);
    }

    @Test
    @DisplayName("a post the Bot Connector refuses is audited as not delivered with the reason, never as posted, and"
            + " is posted by a later round in the same week")
    void aFailedPostIsTriedAgain() {
        inChannel(MEGAN, "en-US").say("set helpdesk channel");
        AtomicBoolean down = new AtomicBoolean(true);
        messenger.sendThrough((to, message) -> down.getAndSet(false)
                ? CompletableFuture.failedFuture(new IllegalStateException("the connector is down"))
                : channel.messenger().send(to, message));

        assertThat(instance1.runDue()).isFalse();
        assertThat(posted()).isEmpty();
        assertThat(posts())
                .singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.NOT_DELIVERED))
                .satisfies(entry -> assertThat(entry.detail()).contains("the connector is down"));

        clock.advance(HealthReportPosts.LEASE.plusMinutes(1));
        assertThat(instance1.runDue()).isTrue();
        assertThat(posted()).hasSize(1);
        assertThat(posts())
                .extracting(AuditEntry::outcome)
                .containsExactly(AuditEntry.Outcome.NOT_DELIVERED, AuditEntry.Outcome.DELIVERED);
    }

    @Test
    @DisplayName("without a helpdesk channel nothing is posted nor audited, round after round, and the log says so once"
            + " a week; once an administrator sets one, the week's report is posted there in the same week")
    void postedOnceTheChannelIsKnown() {
        Logger logger = (Logger) LoggerFactory.getLogger(HealthReportPosts.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            assertThat(instance1.runDue()).isFalse();
            clock.advance(Duration.ofMinutes(1));
            assertThat(instance1.runDue()).isFalse();
            clock.advance(Duration.ofDays(1));
            assertThat(instance1.runDue()).isFalse();
            assertThat(log.list)
                    .singleElement()
                    .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN))
                    .satisfies(event -> assertThat(event.getFormattedMessage())
                            .contains("no helpdesk channel", "every P7D from 2026-11-19"));
            clock.advance(Duration.ofDays(2));
            assertThat(instance1.runDue()).isFalse();
            assertThat(instance1.runDue()).isFalse();
            assertThat(log.list)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .hasSize(2)
                    .last()
                    .asString()
                    .contains("every P7D from 2026-11-26");
        } finally {
            logger.detachAppender(log);
        }
        assertThat(messenger.all()).isEmpty();
        assertThat(posts()).isEmpty();

        inChannel(MEGAN, "en-US").say("set helpdesk channel");
        assertThat(instance2.runDue()).isTrue();

        assertThat(posted())
                .singleElement()
                .satisfies(card -> assertThat(text(card)).contains("for the period from Nov 26, 2026."));
    }
}
