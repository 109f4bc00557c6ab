package io.postkamer.dialogs.copyaccess;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.copyaccess.CopyProgressCard;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.FollowUps;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A read or a batch of grants that outlasts its turn: the turn answers with its progress, the card is changed in
 * place as it goes (at most once per the person's patience), and when it is over the bot takes a turn of its own
 * that shows the choice or the outcome in the progress card's place.
 */
final class CopyHandOver {
    /** The follow-up's data: the progress card the answer takes the place of. */
    static final String SHOWN_IN = "shownIn";

    private final FollowUps followUps;
    private final Duration every;

    CopyHandOver(FollowUps followUps, Duration every) {
        this.followUps = followUps;
        this.every = every;
    }

    /** Whether the work ends within the person's patience; the answer comes no later than that. */
    CompletableFuture<Boolean> endsInTime(Tracked work) {
        return work.finished()
                .handle((done, failed) -> true)
                .completeOnTimeout(false, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    CompletableFuture<Void> progress(
            TurnContext turn,
            Texts texts,
            CopyProgressCard.Work kind,
            String token,
            Tracked work,
            Optional<String> shownIn) {
        ConversationReference where = turn.getActivity().getConversationReference();
        return CardReplies.show(turn, card(texts, kind, token, work), shownIn).thenAccept(shown -> {
            shown.ifPresent(activityId -> work.onProgress(updates(texts, kind, token, work, where, activityId)));
            ObjectNode data = JsonNodeFactory.instance.objectNode().put("token", token);
            shown.ifPresent(activityId -> data.put(SHOWN_IN, activityId));
            work.finished()
                    .whenComplete(
                            (done, failed) -> followUps.schedule(where, Duration.ZERO, Verb.COPY_SHOW.id(), data));
        });
    }

    private static io.postkamer.cards.AdaptiveCard card(
            Texts texts, CopyProgressCard.Work kind, String token, Tracked work) {
        return CopyProgressCard.render(texts, kind, token, work.done(), work.total());
    }

    private Runnable updates(
            Texts texts,
            CopyProgressCard.Work kind,
            String token,
            Tracked work,
            ConversationReference where,
            String activityId) {
        AtomicReference<Instant> last = new AtomicReference<>(Instant.now());
        return () -> {
            Instant now = Instant.now();
            Instant before = last.get();
            if (Duration.between(before, now).compareTo(every) >= 0
                    && last.compareAndSet(before, now)
                    && !work.finished().isDone()) {
                followUps.update(where, activityId, card(texts, kind, token, work));
            }
        };
    }
}
