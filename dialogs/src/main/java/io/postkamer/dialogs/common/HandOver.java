package io.postkamer.dialogs.common;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Verb;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Work that outlasts its turn is handed over to the bot: the turn answers with the work's progress, the card is changed
 * in place as the work goes on (at most once per the person's patience, well within Teams' limits), and when it is
 * over the bot takes a turn of its own that shows the answer in the progress card's place.
 */
public final class HandOver {
    /** The follow-up's data: the progress card the answer takes the place of. */
    public static final String SHOWN_IN = "shownIn";

    private final FollowUps followUps;
    private final Duration every;

    public HandOver(FollowUps followUps, Duration every) {
        this.followUps = followUps;
        this.every = every;
    }

    /**
     * A hand-over within a turn that watches the person's patience from its start ({@link SlowTurn}): the work gets
     * half of it, since the turn has read and checked before the work starts, so that the progress is the turn's answer
     * rather than following a "still working" card.
     */
    public static HandOver withinTurn(FollowUps followUps, Duration patience) {
        return new HandOver(followUps, patience.dividedBy(2));
    }

    /** Whether the work ends within the person's patience; the answer comes no later than that. */
    public CompletableFuture<Boolean> endsInTime(Watched work) {
        return work.finished()
                .handle((done, failed) -> true)
                .completeOnTimeout(false, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Answers with the progress ({@code card}, drawn again as the work moves on), and when the work is over takes a
     * turn as if {@code then} was pressed with {@code data} and the progress card's id ({@link #SHOWN_IN}).
     */
    public CompletableFuture<Void> progress(
            TurnContext turn,
            Watched work,
            Supplier<AdaptiveCard> card,
            Optional<String> shownIn,
            Verb then,
            ObjectNode data) {
        ConversationReference where = turn.getActivity().getConversationReference();
        return CardReplies.show(turn, card.get(), shownIn).thenAccept(shown -> {
            shown.ifPresent(activityId -> work.onProgress(updates(card, work, where, activityId)));
            ObjectNode followUp = data.deepCopy();
            shown.ifPresent(activityId -> followUp.put(SHOWN_IN, activityId));
            work.finished()
                    .whenComplete((done, failed) -> followUps.schedule(where, Duration.ZERO, then.id(), followUp));
        });
    }

    private Runnable updates(
            Supplier<AdaptiveCard> card, Watched work, ConversationReference where, String activityId) {
        AtomicReference<Instant> last = new AtomicReference<>(Instant.now());
        return () -> {
            Instant now = Instant.now();
            Instant before = last.get();
            if (Duration.between(before, now).compareTo(every) >= 0
                    && last.compareAndSet(before, now)
                    && !work.finished().isDone()) {
                followUps.update(where, activityId, card.get());
            }
        };
    }
}
