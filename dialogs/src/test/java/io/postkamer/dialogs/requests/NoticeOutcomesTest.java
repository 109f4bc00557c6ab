package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How notices reach people, and what the history says of them: an approver who never wrote to the bot
 * gets a chat opened for them (the app installed once); every notice ends as delivered, queued for
 * retry then delivered, or not delivered with the reason, never "done" for a notice that failed.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class NoticeOutcomesTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final TestChannel channel;
    /** What the connector does with the next notices: pass them on, refuse one for now, or refuse them for good. */
    private Connector connector = Connector.PASSES;

    private enum Connector {
        PASSES,
        THROTTLES_ONCE,
        UNREACHABLE
    }

    NoticeOutcomesTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private final Requests requests = Requests.inMemory(
            new ProactiveMessenger() {
                @Override
                public CompletableFuture<Void> send(ConversationReference to, Activity message) {
                    return send(to, message, refusal -> {});
                }

                @Override
                public CompletableFuture<Void> send(
                        ConversationReference to, Activity message, Consumer<Throwable> refused) {
                    return NoticeOutcomesTest.this.send(to, message, refused);
                }
            },
            tenant,
            new RequestSettings(List.of(io.postkamer.mailbox.Contoso.LOTTE)),
            MONDAY);
    private final MemoryStorage storage = new MemoryStorage();
    private final PostkamerBot bot = new PostkamerBot(
            tenant,
            new ConversationState(storage),
            new UserState(storage),
            BotUnderTest.QUICK,
            Executors.newCachedThreadPool(),
            Clock.systemUTC(),
            requests,
            Reviews.inMemory(),
            Continuations.none());

    private CompletableFuture<Void> send(
            ConversationReference to, Activity message, Consumer<Throwable> refusedForNow) {
        return switch (connector) {
            case PASSES -> channel.messenger().send(to, message);
            case THROTTLES_ONCE -> {
                refusedForNow.accept(new IllegalStateException("429 Too Many Requests"));
                yield channel.messenger().send(to, message);
            }
            case UNREACHABLE -> CompletableFuture.failedFuture(new UnknownHostException("postkamer-local.invalid"));
        };
    }

    private Chat flipAsks() {
        tenant.revoke(RECEPTIE32, FLIP, Right.SEND_AS);
        Chat flip = new Chat(channel, () -> bot, "personal-" + FLIP, FLIP, "en-US");
        flip.say("request access to receptie32");
        flip.press(
                "request.submit", Map.of("mailbox", RECEPTIE32, "sendAs", "true", "reason", "Reception", "until", ""));
        return flip;
    }

    private List<org.assertj.core.groups.Tuple> notices(long number) {
        return requests.audit().ofRequest(number).stream()
                .filter(entry -> entry.action().startsWith("notify"))
                .map(entry -> tuple(entry.action(), entry.outcome().word()))
                .toList();
    }

    @Test
    @DisplayName(
            "Pieter never wrote to the bot: the app is installed for him once and the request reaches his new chat")
    void approverWhoNeverWroteIsReached() {
        Chat flip = flipAsks();

        String pieterChat = DemoTenant.chatIdOf(PIETER);
        assertThat(channel.postedTo(pieterChat))
                .singleElement()
                .satisfies(card -> assertThat(
                                card.getAttachments().get(0).getContent().toString())
                        .contains("You can approve or reject this request"));
        assertThat(tenant.hasApp(PIETER)).isTrue();
        assertThat(notices(1)).containsExactly(tuple("notify approver", "delivered"));
        assertThat(requests.audit().ofRequest(1))
                .filteredOn(e -> e.action().equals("notify approver"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("Pieter Jansen"));
        assertThat(flip.cardText()).doesNotContain("nobody has seen it yet");

        Chat pieter = new Chat(channel, () -> bot, pieterChat, PIETER, "en-US");
        JsonNode approval = Serialization.objectToTree(
                channel.postedTo(pieterChat).get(0).getAttachments().get(0).getContent());
        pieter.invoke("request.approve", CardActions.data(approval, "request.approve", Map.of()));
        assertThat(channel.postedTo("personal-" + FLIP))
                .last()
                .satisfies(notice -> assertThat(
                                notice.getAttachments().get(0).getContent().toString())
                        .contains("Request #1 approved"));
        assertThat(notices(1))
                .containsExactly(tuple("notify approver", "delivered"), tuple("notify requester", "delivered"));
    }

    @Test
    @DisplayName("a second request to the same approver uses the chat opened the first time: no second installation")
    void chatOpenedOnceIsRemembered() {
        flipAsks();
        tenant.revoke(RECEPTIE32, FLIP, Right.FULL_ACCESS);
        Chat flip = new Chat(channel, () -> bot, "personal-" + FLIP, FLIP, "en-US");
        flip.say("request access to receptie32");
        flip.press(
                "request.submit", Map.of("mailbox", RECEPTIE32, "fullAccess", "true", "reason", "Mail", "until", ""));

        assertThat(channel.postedTo(DemoTenant.chatIdOf(PIETER))).hasSize(2);
        assertThat(requests.references().of(PIETER))
                .get()
                .satisfies(reference ->
                        assertThat(reference.getConversation().getId()).isEqualTo(DemoTenant.chatIdOf(PIETER)));
    }

    @Test
    @DisplayName("Teams refuses the notice for now: 'queued for retry', then 'delivered' once it went through")
    void throttledNoticeIsQueuedThenDelivered() {
        connector = Connector.THROTTLES_ONCE;
        flipAsks();

        // The turn answers once the notice is queued; the final outcome follows when the send went through.
        assertThat(notices(1)).startsWith(tuple("notify approver", "queued for retry"));
        Instant deadline = Instant.now().plusSeconds(5);
        while (notices(1).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertThat(notices(1))
                .containsExactly(tuple("notify approver", "queued for retry"), tuple("notify approver", "delivered"));
    }

    @Test
    @DisplayName(
            "the connector cannot be reached: 'not delivered' with the reason, never 'done'; Flip is told nobody saw it")
    void unreachableConnectorIsNotDelivered() {
        connector = Connector.UNREACHABLE;
        Chat flip = flipAsks();

        assertThat(notices(1)).containsExactly(tuple("notify approver", "not delivered"));
        assertThat(requests.audit().ofRequest(1))
                .filteredOn(e -> e.action().equals("notify approver"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("unknown host postkamer-local.invalid"));
        assertThat(flip.cardText()).contains("nobody has seen it yet");
    }
}
