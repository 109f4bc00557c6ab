package io.postkamer.dialogs.common;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.AdaptiveCard;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that outlasts its turn: a later turn of the conversation, taken by the bot itself as if a button
 * of the card was pressed (a new mailbox checked again, a batch of grants finished), and a card changed
 * in place while such work goes on. Follow-ups run on the instance that scheduled them; after a restart
 * the card's own buttons do the same.
 */
public final class FollowUps {
    /** The name of the event activity a follow-up turn carries; its value holds the verb and the data. */
    public static final String EVENT = "postkamer/followUp";

    private static final Logger LOG = LoggerFactory.getLogger(FollowUps.class);

    /** One timer for every bot in the process: it only starts follow-ups, which run on the connector's threads. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "follow-ups");
        thread.setDaemon(true);
        return thread;
    });

    private final Continuations continuations;
    private final Bot bot;

    public FollowUps(Continuations continuations, Bot bot) {
        this.continuations = continuations;
        this.bot = bot;
    }

    /** A turn of this conversation after the pause, as if {@code verb} was pressed with {@code data}. */
    public void schedule(TurnContext turn, Duration after, String verb, ObjectNode data) {
        schedule(turn.getActivity().getConversationReference(), after, verb, data);
    }

    /** As above, for a conversation whose turn is over (work that finished on its own). */
    public void schedule(ConversationReference conversation, Duration after, String verb, ObjectNode data) {
        ObjectNode value = JsonNodeFactory.instance.objectNode().put("verb", verb);
        value.set("data", data.deepCopy());
        TIMER.schedule(
                () -> continuations
                        .continueConversation(conversation, followUp -> {
                            Activity activity = followUp.getActivity();
                            activity.setName(EVENT);
                            activity.setValue(value);
                            return bot.onTurn(followUp);
                        })
                        .whenComplete((done, failed) -> {
                            if (failed != null) {
                                LOG.warn(
                                        "A follow-up '{}' in conversation {} did not run",
                                        verb,
                                        conversation.getConversation().getId(),
                                        failed);
                            }
                        }),
                Math.max(0, after.toMillis()),
                TimeUnit.MILLISECONDS);
    }

    /** Changes a card shown earlier, outside any turn of the person's. */
    public CompletableFuture<Void> update(ConversationReference conversation, String activityId, AdaptiveCard card) {
        Activity update = MessageFactory.attachment(CardReplies.attachment(card));
        update.setId(activityId);
        return continuations.continueConversation(
                conversation, turn -> turn.updateActivity(update).thenApply(updated -> null));
    }
}
