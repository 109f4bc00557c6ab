package io.postkamer.dialogs.reviews;

import static io.postkamer.mailbox.Contoso.ANOUK;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditSentences;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.requests.RecordingMessenger;
import io.postkamer.dialogs.requests.RequestSettings;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.MutableClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An access review from start to deadline, as the people in it see it: the administrator starts it, the mailbox's
 * owner keeps and removes rights on a card, is reminded once, and at the deadline the removals are made exactly once
 * (rights nobody decided on follow the review's setting) and the members told.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class AccessReviewTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final Requests requests = Requests.inMemory(
            messenger, new RequestSettings(List.of(LOTTE), Duration.ofDays(2), Optional.empty()), clock);
    /** Set, the instance that marks a mailbox applied stops right after: before it tells the members anything. */
    private final AtomicBoolean stopAfterMarkingApplied = new AtomicBoolean();

    private final Reviews reviews = new Reviews(stoppingAfterMarkingApplied(), ReviewSettings.standard());
    private final MemoryStorage storage = new MemoryStorage();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final PostkamerBot bot = new PostkamerBot(
            tenant,
            new ConversationState(storage),
            new UserState(storage),
            BotUnderTest.QUICK,
            threads,
            clock,
            requests,
            reviews,
            Continuations.none());
    private final TestChannel channel;

    AccessReviewTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        messenger.sendThrough(channel.messenger());
    }

    @BeforeEach
    void pieterOwnsReceptie32() {
        requests.owners().setOwners(RECEPTIE32, List.of(PIETER));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private Chat chat(String user, String locale) {
        Chat chat = new Chat(channel, () -> bot, "personal-" + user, user, locale);
        chat.say("hi");
        return chat;
    }

    private void at(String moment) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(moment)));
    }

    private ReviewDeadlines scheduler(String instance) {
        return ReviewDeadlines.of(tenant, requests, reviews, Runnable::run, instance);
    }

    /** Starts a review of Ontvangstgebouw 32 as Megan and waits for Pieter's card. */
    private JsonNode started(Chat megan, String command, String undecided) {
        megan.say(command);
        assertThat(CardActionsIn.verbs(megan.card())).contains("review.start");
        ObjectNode start = CardActionsIn.data(megan.card(), "review.start");
        start.put("deadline", "2026-12-07").put("undecided", undecided);
        megan.invoke("review.start", start);
        return awaitCard(PIETER, 1);
    }

    private JsonNode awaitCard(String person, int count) {
        Instant until = Instant.now().plusSeconds(10);
        while (messenger.to(person).size() < count) {
            assertThat(Instant.now()).as("waiting for %s's card", person).isBefore(until);
            Thread.onSpinWait();
        }
        return messenger.to(person).get(count - 1).card();
    }

    private static ObjectNode decision(JsonNode card, String heading, String decision) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("item", CardActionsIn.itemFor(card, heading))
                .put("decision", decision);
    }

    @Test
    @DisplayName("keep, remove and undecided rights run to the deadline: removals once, members told, the owner"
            + " reminded once, crafted presses refused")
    void toTheDeadline() throws Exception {
        Chat megan = chat(MEGAN, "en-US");
        Chat pieter = chat(PIETER, "en-US");
        Chat ger = chat(GER, "en-US");
        chat(FLIP, "en-US");
        chat(ANOUK, "en-US");

        JsonNode card = started(megan, "review access of Ontvangstgebouw 32", "REMOVE");
        assertThat(megan.lastToast()).contains("Access review #1 started: Ontvangstgebouw 32, until Dec 7, 2026");
        assertThat(card.toString())
                .contains(
                        "Access review #1: Ontvangstgebouw 32",
                        "Flip Schoonen · Full Access",
                        "Flip Schoonen · Send As",
                        "Anouk Smit · Send on Behalf",
                        "Ger Verbeek · Full Access",
                        "Not decided yet",
                        "Rights nobody decides on are removed then",
                        "last signed in on Nov 22, 2026")
                .contains("\"userIds\":[\"29:" + PIETER + "\"]");

        pieter.invoke("review.decide", decision(card, "Flip Schoonen · Full Access", "KEEP"));
        pieter.invoke("review.decide", decision(card, "Flip Schoonen · Send As", "REMOVE"));
        pieter.invoke("review.decide", decision(card, "Anouk Smit · Send on Behalf", "REMOVE"));
        assertThat(pieter.cardText())
                .contains("To keep (decided by Pieter Jansen)", "To remove (decided by Pieter Jansen)");

        ger.invoke("review.decide", decision(card, "Ger Verbeek · Full Access", "KEEP"));
        assertThat(ger.lastToast()).contains("Only the reviewers of Ontvangstgebouw 32 in this review can decide");
        megan.invoke("review.decide", decision(card, "Ger Verbeek · Full Access", "KEEP"));
        assertThat(megan.lastToast())
                .as("an administrator is not a reviewer where the mailbox has owners")
                .contains("Only the reviewers");
        pieter.invoke(
                "review.decide",
                JsonNodeFactory.instance.objectNode().put("item", 999).put("decision", "KEEP"));
        assertThat(pieter.lastToast()).contains("There is no such review");
        assertThat(tenant.writes()).isEmpty();

        ObjectNode again =
                JsonNodeFactory.instance.objectNode().put("review", 1).put("mailbox", RECEPTIE32);
        pieter.invoke("review.show", again);
        assertThat(pieter.cardText())
                .as("decisions are kept as they are made: the reviewer can stop and go on later")
                .contains("To keep (decided by Pieter Jansen)");

        at("2026-12-06T08:00:00Z");
        scheduler("i1").runDue();
        scheduler("i2").runDue();
        assertThat(messenger.to(PIETER)).hasSize(2);
        assertThat(messenger.to(PIETER).get(1).card().toString()).contains("Reminder: access review #1");

        at("2026-12-08T01:00:00Z");
        List<Future<Integer>> racing = new ArrayList<>();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        for (String instance : List.of("i1", "i2")) {
            racing.add(instances.submit(() -> scheduler(instance).runDue()));
        }
        for (Future<Integer> done : racing) {
            done.get();
        }
        instances.shutdown();
        scheduler("i3").runDue();

        assertThat(tenant.writes())
                .as("each removal once, across instances; undecided rights removed as the review said")
                .containsExactlyInAnyOrder(
                        "revoke receptie32 Flip Schoonen SEND_AS",
                        "revoke receptie32 Anouk Smit SEND_ON_BEHALF",
                        "revoke receptie32 Anouk Smit FULL_ACCESS",
                        "revoke receptie32 Ger Verbeek FULL_ACCESS");
        assertThat(tenant.delegates(RECEPTIE32))
                .extracting(grant -> grant.trusteeId(), grant -> grant.right())
                .containsExactly(tuple(FLIP, Right.FULL_ACCESS));
        assertThat(messenger.to(FLIP))
                .singleElement()
                .satisfies(sent -> assertThat(sent.card().toString())
                        .contains("Your access to Ontvangstgebouw 32 was removed", "removed your Send As"));
        assertThat(messenger.to(ANOUK))
                .singleElement()
                .satisfies(sent -> assertThat(sent.card().toString()).contains("Full Access", "Send on Behalf"));
        assertThat(messenger.to(GER)).hasSize(1);

        pieter.invoke("review.decide", decision(card, "Flip Schoonen · Full Access", "REMOVE"));
        assertThat(pieter.lastToast()).contains("This review of Ontvangstgebouw 32 is complete");
        assertThat(tenant.delegates(RECEPTIE32)).hasSize(1);

        megan.say("reviews");
        assertThat(megan.cardText())
                .contains(
                        "#1 · Ontvangstgebouw 32",
                        "Finished on Dec 8, 2026, started by Megan Bowen on Nov 23, 2026, deadline Dec 7, 2026:"
                                + " 1 kept, 4 removed, 0 not decided, 0 failed.");

        Texts dutch = Texts.forLocale("nl-NL");
        assertThat(requests.audit().ofMailbox("receptie32@contoso.com", 100).stream()
                        .map(entry -> AuditSentences.what(entry, dutch))
                        .toList())
                .contains(
                        "Megan Bowen heeft een toegangsbeoordeling van Ontvangstgebouw 32 gestart",
                        "Pieter Jansen heeft in een toegangsbeoordeling besloten dat Flip Schoonen Volledige toegang"
                                + " houdt",
                        "Pieter Jansen heeft in een toegangsbeoordeling besloten Verzenden als van Flip Schoonen te"
                                + " verwijderen",
                        "Postkamer heeft Verzenden als van Flip Schoonen ingetrokken",
                        "Postkamer heeft Flip Schoonen verteld wat de toegangsbeoordeling heeft verwijderd");
        assertThat(requests.audit().ofMailbox("receptie32@contoso.com", 100))
                .filteredOn(entry -> entry.outcome() == AuditEntry.Outcome.REFUSED)
                .extracting(entry -> entry.actor().id())
                .as("Ger and Megan, who do not review it, and Pieter's press after the deadline")
                .containsExactlyInAnyOrder(GER, MEGAN, PIETER);
    }

    @Test
    @DisplayName("in Dutch: the owner keeps what is not decided and is done at once; the decisions apply then, once,"
            + " and staff may not start a review")
    void doneAtOnceInDutch() {
        Chat megan = chat(MEGAN, "nl-NL");
        Chat pieter = chat(PIETER, "nl-NL");
        Chat flip = chat(FLIP, "nl-NL");

        flip.say("alle gedeelde postvakken beoordelen");
        assertThat(flip.lastToast()).contains("Alleen een Exchange-beheerder");

        JsonNode card = started(megan, "toegang beoordelen van Ontvangstgebouw 32", "KEEP");
        assertThat(card.toString())
                .contains("Toegangsbeoordeling #1: Ontvangstgebouw 32", "Nog niet besloten", "worden dan behouden");
        pieter.invoke("review.decide", decision(card, "Ger Verbeek · Volledige toegang", "REMOVE"));
        ObjectNode mailbox =
                JsonNodeFactory.instance.objectNode().put("review", 1).put("mailbox", RECEPTIE32);
        pieter.invoke("review.keepAll", mailbox.deepCopy());
        pieter.invoke("review.complete", mailbox.deepCopy());
        pieter.invoke("review.complete", mailbox.deepCopy());

        assertThat(tenant.writes()).containsExactly("revoke receptie32 Ger Verbeek FULL_ACCESS");
        assertThat(pieter.cardText()).contains("Verwijderd", "Behouden").doesNotContain("Nog niet besloten");
        assertNoEnglish(pieter.cardText());
        assertNoEnglish(
                String.join("\n", card.findValuesAsText("text")) + String.join("\n", card.findValuesAsText("title")));

        at("2026-12-08T01:00:00Z");
        scheduler("i1").runDue();
        assertThat(tenant.writes()).hasSize(1);
        megan.say("beoordelingen");
        assertThat(megan.cardText()).contains("Afgerond op", "4 behouden, 1 verwijderd, 0 niet besloten, 0 mislukt");
        assertNoEnglish(megan.cardText());
    }

    @Test
    @DisplayName("an instance that stops right after marking a mailbox's decisions applied leaves the members' notices"
            + " to the next round, which tells each member once")
    void noticesSurviveAnInstanceThatStops() {
        Chat megan = chat(MEGAN, "en-US");
        chat(PIETER, "en-US");
        chat(FLIP, "en-US");
        chat(ANOUK, "en-US");
        chat(GER, "en-US");
        started(megan, "review access of Ontvangstgebouw 32", "REMOVE");

        at("2026-12-08T01:00:00Z");
        stopAfterMarkingApplied.set(true);
        assertThatThrownBy(() -> scheduler("i1").runDue()).hasMessageContaining("stopped");
        assertThat(tenant.writes()).as("every removal made before it stopped").hasSize(5);
        assertThat(messenger.to(FLIP)).as("nobody told yet").isEmpty();

        scheduler("i2").runDue();
        scheduler("i3").runDue();

        assertThat(tenant.writes()).as("nothing removed twice").hasSize(5);
        for (String member : List.of(FLIP, ANOUK, GER)) {
            assertThat(messenger.to(member))
                    .as("one notice for %s", member)
                    .singleElement()
                    .satisfies(sent -> assertThat(sent.card().toString())
                            .contains("Your access to Ontvangstgebouw 32 was removed"));
        }
        megan.say("reviews");
        assertThat(megan.cardText()).contains("Finished on Dec 8, 2026", "0 kept, 5 removed");
    }

    /** The in-memory store, with an instance that may stop right after marking a mailbox applied. */
    private ReviewStore stoppingAfterMarkingApplied() {
        ReviewStore store = Reviews.inMemory().store();
        return (ReviewStore) Proxy.newProxyInstance(
                ReviewStore.class.getClassLoader(), new Class<?>[] {ReviewStore.class}, (proxy, method, arguments) -> {
                    Object answer;
                    try {
                        answer = method.invoke(store, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                    if (method.getName().equals("markApplied")
                            && Boolean.TRUE.equals(answer)
                            && stopAfterMarkingApplied.getAndSet(false)) {
                        throw new IllegalStateException("the instance stopped");
                    }
                    return answer;
                });
    }

    /** Words of the English review cards that must not appear on a Dutch one. */
    private static void assertNoEnglish(String dutch) {
        assertThat(dutch)
                .doesNotContain(
                        "Keep",
                        "Remove",
                        "review",
                        "Review",
                        "Decide",
                        "Granted",
                        "granted",
                        "decided",
                        "Not ",
                        "Done",
                        "signed in",
                        "started by",
                        "deadline",
                        "kept",
                        "removed");
    }

    /** The buttons of a card, and the data of a button: what Teams would send when it is pressed. */
    static final class CardActionsIn {
        private CardActionsIn() {}

        static List<String> verbs(JsonNode card) {
            return card.findParents("verb").stream()
                    .map(action -> action.path("verb").asText())
                    .toList();
        }

        static ObjectNode data(JsonNode card, String verb) {
            return card.findParents("verb").stream()
                    .filter(action -> action.path("verb").asText().equals(verb))
                    .map(action -> ((ObjectNode) action.path("data")).deepCopy())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + verb + " on " + card));
        }

        /** The item id behind the Keep/Remove buttons under a row's heading. */
        static long itemFor(JsonNode card, String heading) {
            Supplier<AssertionError> missing = () -> new AssertionError("no row " + heading + " on " + card);
            return card.findParents("items").stream()
                    .filter(container -> container
                            .path("items")
                            .path(0)
                            .path("text")
                            .asText()
                            .equals(heading))
                    .flatMap(container -> container.path("items").findParents("verb").stream())
                    .map(action -> action.path("data").path("item").asLong())
                    .findFirst()
                    .orElseThrow(missing);
        }
    }
}
