package io.postkamer.dialogs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.connector.ConnectorClients;
import io.postkamer.dialogs.connector.ServiceUrlPolicy;
import io.postkamer.dialogs.requests.ProactiveMessenger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A channel for conversation tests, in one of the two ways a channel gets the bot's replies, both
 * through the SDK's own adapter: in the HTTP answer ({@link Delivery#EXPECT_REPLIES}, the local
 * page's old way and the Emulator's), or posted through the SDK's connector client to the service URL
 * ({@link Delivery#CONNECTOR}, as in Teams), here a {@link ConnectorStandIn} that records what it got.
 * Answers are read back from their JSON, as the channel would read them.
 */
public final class TestChannel {
    private static final AtomicInteger CHANNELS = new AtomicInteger();

    /** How the replies of a turn reach the channel. */
    public enum Delivery {
        EXPECT_REPLIES,
        CONNECTOR
    }

    /**
     * What one turn produced. {@code invokeAnsweredAfter} is how many of the turn's connector receipts (posts and
     * updates, in the order they came) came before its invoke was answered: an answer that shows a card before the
     * turn goes on changes that card later, and a progress card is changed before the answer replaces it.
     */
    public record Turn(
            List<Activity> posted,
            List<Activity> updated,
            Optional<InvokeResponse> invokeResponse,
            List<Receipt> inOrder,
            int invokeAnsweredAfter) {
        public Turn(List<Activity> posted, List<Activity> updated, Optional<InvokeResponse> invokeResponse) {
            this(posted, updated, invokeResponse, List.of(), 0);
        }
    }

    /** One thing a conversation received through the connector: a new activity or an update of one. */
    public record Receipt(boolean update, Activity activity) {}

    private final Delivery delivery;
    private final String name = "channel-" + CHANNELS.incrementAndGet();
    private final ConnectorStandIn connector = ConnectorStandIn.instance();
    private final Adapter adapter = new Adapter();

    public TestChannel(Delivery delivery) {
        this.delivery = delivery;
    }

    public Delivery delivery() {
        return delivery;
    }

    /** The service URL activities of this channel carry: its part of the connector stand-in. */
    public String serviceUrl() {
        return connector.serviceUrl(name);
    }

    public Turn process(Activity activity, Bot bot) {
        activity.setServiceUrl(serviceUrl());
        activity.setDeliveryMode(delivery == Delivery.EXPECT_REPLIES ? DeliveryModes.EXPECT_REPLIES.toString() : null);
        String conversation = activity.getConversation().getId();
        int before = connector.received(name).size();
        InvokeResponse answer;
        java.util.concurrent.atomic.AtomicInteger answeredAfter = new java.util.concurrent.atomic.AtomicInteger(-1);
        try {
            answer = adapter.processActivity((String) null, activity, turn -> {
                        turn.onSendActivities((context, activities, next) -> {
                            if (activities.stream().anyMatch(a -> a.isType(ActivityTypes.INVOKE_RESPONSE))) {
                                answeredAfter.compareAndSet(-1, (int) connector.received(name).stream()
                                        .skip(before)
                                        .filter(r -> r.conversationId().equals(conversation))
                                        .count());
                            }
                            return next.get();
                        });
                        bot.onTurn(turn).join();
                        return CompletableFuture.completedFuture(null);
                    })
                    .join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        List<ConnectorStandIn.Received> sent =
                connector
                        .received(name)
                        .subList(before, connector.received(name).size())
                        .stream()
                        .filter(r -> r.conversationId().equals(conversation))
                        .toList();
        List<Activity> posted = new ArrayList<>(sent.stream()
                .filter(r -> !r.update())
                .map(ConnectorStandIn.Received::activity)
                .toList());
        List<Activity> updated = sent.stream()
                .filter(ConnectorStandIn.Received::update)
                .map(ConnectorStandIn.Received::activity)
                .toList();
        Optional<InvokeResponse> invokeResponse = Optional.empty();
        if (delivery == Delivery.EXPECT_REPLIES) {
            for (Activity reply : replies(answer)) {
                if (reply.isType(ActivityTypes.INVOKE_RESPONSE)) {
                    JsonNode value = Serialization.objectToTree(reply.getValue());
                    invokeResponse =
                            Optional.of(new InvokeResponse(value.path("status").asInt(), value.path("body")));
                } else {
                    posted.add(reply);
                }
            }
        } else if (answer != null && activity.isType(ActivityTypes.INVOKE)) {
            invokeResponse = Optional.of(new InvokeResponse(answer.getStatus(), asRead(answer.getBody())));
        }
        List<Receipt> inOrder =
                sent.stream().map(r -> new Receipt(r.update(), r.activity())).toList();
        return new Turn(
                posted,
                updated,
                invokeResponse,
                inOrder,
                answeredAfter.get() < 0 ? inOrder.size() : answeredAfter.get());
    }

    /** Proactive messages (notices to other chats) sent through this channel's connector. */
    public ProactiveMessenger messenger() {
        return (to, message) -> {
            to.setServiceUrl(serviceUrl());
            return adapter.continueConversation(
                    "", to, turn -> turn.sendActivity(message).thenApply(sent -> null));
        };
    }

    /** Turns the bot takes on its own, through this channel's connector. */
    public Continuations continuations() {
        return (conversation, callback) -> {
            conversation.setServiceUrl(serviceUrl());
            return adapter.continueConversation("", conversation, callback);
        };
    }

    /** What reached a conversation through the connector, replies and notices alike, in order. */
    public List<Activity> postedTo(String conversationId) {
        return received(conversationId, r -> !r.update());
    }

    /** The in-place updates a conversation's messages got through the connector, in order. */
    public List<Activity> updatesIn(String conversationId) {
        return received(conversationId, ConnectorStandIn.Received::update);
    }

    /** How many activities and updates a conversation has received through the connector so far. */
    public int receivedIn(String conversationId) {
        return received(conversationId, r -> true).size();
    }

    /**
     * Waits until a conversation receives, after its first {@code skip} receipts, something that passes the
     * test (work the bot does after a turn), and returns it.
     */
    public Activity awaitIn(String conversationId, int skip, Predicate<Activity> test, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            List<Activity> all = received(conversationId, r -> true);
            Optional<Activity> found = all.subList(Math.min(skip, all.size()), all.size()).stream()
                    .filter(test)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("nothing more reached " + conversationId + " within " + atMost);
    }

    private List<Activity> received(String conversationId, Predicate<ConnectorStandIn.Received> kind) {
        return connector.received(name).stream()
                .filter(r -> r.conversationId().equals(conversationId))
                .filter(kind)
                .map(ConnectorStandIn.Received::activity)
                .toList();
    }

    /** The expectReplies answer as the channel reads it: from its JSON. */
    private static List<Activity> replies(InvokeResponse answer) {
        JsonNode body = asRead(
                Objects.requireNonNull(answer, "an expectReplies turn answers").getBody());
        List<Activity> activities = new ArrayList<>();
        body.path("activities").forEach(a -> activities.add(Serialization.treeToValue(a, Activity.class)));
        return activities;
    }

    private static JsonNode asRead(Object body) {
        try {
            return Serialization.jsonToTree(Serialization.toString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SDK's adapter, anonymous, posting through the bot's own connector clients. */
    private static final class Adapter extends BotFrameworkAdapter {
        private final ConnectorClients clients = new ConnectorClients(ServiceUrlPolicy.any());

        Adapter() {
            super(new SimpleCredentialProvider());
        }

        @Override
        protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
                String serviceUrl, AppCredentials credentials) {
            return CompletableFuture.completedFuture(clients.forServiceUrl(
                    serviceUrl, credentials == null ? MicrosoftAppCredentials.empty() : credentials));
        }
    }
}
