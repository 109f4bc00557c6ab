package io.postkamer.dialogs.health;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.health.HealthProgressCard;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.FollowUps;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work that outlasts its turn is handed over to the bot: the turn answers with the work's progress, the card is
 * changed in place as the work goes on (at most once per the person's patience, well within Teams' limits), and when
 * it is over the bot takes a turn of its own that shows the report in the progress card's place.
 */
final class HandOver {
    /** The follow-up's data: the progress card the report takes the place of. */
    static final String SHOWN_IN = "shownIn";

    private final FollowUps followUps;
    private final Duration every;

    HandOver(FollowUps followUps, Duration every) {
        this.followUps = followUps;
        this.every = every;
    }

    /** Whether the work ends within the person's patience; the answer comes no later than that. */
    CompletableFuture<Boolean> endsInTime(Watched work) {
        return work.finished()
                .handle((done, failed) -> true)
                .completeOnTimeout(false, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Answers with the progress, keeps it up to date, and shows the report when the work is over. */
    CompletableFuture<Void> progress(
            TurnContext turn, Texts texts, HealthProgressCard.Work kind, Watched work, Optional<String> shownIn) {
        ConversationReference where = turn.getActivity().getConversationReference();
        return CardReplies.show(turn, HealthProgressCard.render(texts, kind, work.done(), work.total()), shownIn)
                .thenAccept(shown -> {
                    shown.ifPresent(activityId -> work.onProgress(updates(texts, kind, work, where, activityId)));
                    ObjectNode data = JsonNodeFactory.instance.objectNode();
                    shown.ifPresent(activityId -> data.put(SHOWN_IN, activityId));
                    work.finished()
                            .whenComplete((done, failed) ->
                                    followUps.schedule(where, Duration.ZERO, Verb.HEALTH_REPORT.id(), data));
                });
    }

    private Runnable updates(
            Texts texts, HealthProgressCard.Work kind, Watched work, ConversationReference where, String activityId) {
        AtomicReference<Instant> last = new AtomicReference<>(Instant.now());
        return () -> {
            Instant now = Instant.now();
            Instant before = last.get();
            if (Duration.between(before, now).compareTo(every) >= 0
                    && last.compareAndSet(before, now)
                    && !work.finished().isDone()) {
                followUps.update(where, activityId, HealthProgressCard.render(texts, kind, work.done(), work.total()));
            }
        };
    }
}
