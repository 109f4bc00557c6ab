package io.postkamer.dialogs.common;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.ResourceResponse;
import io.postkamer.cards.Texts;
import io.postkamer.cards.WorkingCard;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A turn that has not answered when the person's patience runs out answers at once with a card that says it is
 * at it ({@link WorkingCard}), and its real answer then takes that card's place: the first message the turn sends
 * afterwards updates the working card instead of appearing below it. Whatever the turn sends first, a card, a text
 * or an invoke's answer, counts as its answer, so a turn that answered in time shows no working card.
 *
 * <p>Where the channel reads the answer from the HTTP response, the endpoint may hand that answer over as soon as
 * the working card is out ({@link #ANSWER_NOW}): Teams sends an activity again when it has no answer after about
 * 15 seconds, and shows an error.
 */
public final class SlowTurn {
    /**
     * Turn-state key of a {@link Runnable} the endpoint may put there: run it once the working card is out, and the
     * HTTP answer is given now, with what the turn has sent so far; the turn goes on and sends the rest through the
     * connector.
     */
    public static final String ANSWER_NOW = "postkamer.answerNow";
    /** Set while the working card itself is being sent: the SDK calls the send handlers on the sending thread. */
    private static final ThreadLocal<Boolean> SENDING_WORKING_CARD = ThreadLocal.withInitial(() -> false);

    private enum State {
        RUNNING,
        WORKING,
        ANSWERED,
        OVER
    }

    private final Texts texts;
    private State state = State.RUNNING;
    /** Where the working card is shown, once it is. */
    private CompletableFuture<Optional<String>> workingCard = CompletableFuture.completedFuture(Optional.empty());

    private SlowTurn(Texts texts) {
        this.texts = texts;
    }

    /**
     * Watches a turn from its start: after {@code patience} without an answer, the working card. Call {@link #over}
     * when the turn ends.
     */
    public static SlowTurn watch(TurnContext turn, Duration patience) {
        SlowTurn slow = new SlowTurn(Texts.forLocale(turn.getActivity().getLocale()));
        turn.onSendActivities((context, activities, next) -> slow.sending(context, activities, next::get));
        if (answersItself(turn.getActivity())) {
            CompletableFuture.delayedExecutor(patience.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> slow.showWorkingCard(turn));
        }
        return slow;
    }

    /**
     * The turn is over: no working card from now on. One that nothing replaced (the turn changed an earlier card
     * instead of answering below) is taken away again.
     */
    public CompletableFuture<Void> over(TurnContext turn) {
        CompletableFuture<Optional<String>> left;
        synchronized (this) {
            left = state == State.WORKING && turn.getActivity().isType(ActivityTypes.MESSAGE) ? workingCard : null;
            state = State.OVER;
        }
        if (left == null) {
            return CompletableFuture.completedFuture(null);
        }
        return left.thenCompose(where -> where.isPresent() && canUpdate(turn)
                ? turn.deleteActivity(where.get()).handle((deleted, refused) -> null)
                : CompletableFuture.completedFuture(null));
    }

    /**
     * Only what a person waits on gets a working card: a message or a card's button. Events, installs and searches
     * (whose answer is a list, not a card) do not.
     */
    private static boolean answersItself(Activity incoming) {
        return incoming.isType(ActivityTypes.MESSAGE)
                || (incoming.isType(ActivityTypes.INVOKE) && UserInput.CARD_ACTION.equals(incoming.getName()));
    }

    private void showWorkingCard(TurnContext turn) {
        CompletableFuture<Optional<String>> shown = new CompletableFuture<>();
        synchronized (this) {
            if (state != State.RUNNING) {
                return;
            }
            state = State.WORKING;
            workingCard = shown;
        }
        CompletableFuture<Optional<String>> sent;
        SENDING_WORKING_CARD.set(true);
        try {
            sent = CardReplies.show(turn, WorkingCard.render(texts), Optional.empty());
        } catch (RuntimeException failure) {
            sent = CompletableFuture.failedFuture(failure);
        } finally {
            SENDING_WORKING_CARD.remove();
        }
        sent.whenComplete((where, failed) -> {
            if (failed == null) {
                Object answerNow = turn.getTurnState().get(ANSWER_NOW);
                if (answerNow instanceof Runnable release) {
                    release.run();
                }
            }
            shown.complete(failed == null ? where : Optional.empty());
        });
    }

    private CompletableFuture<ResourceResponse[]> sending(
            TurnContext turn,
            List<Activity> activities,
            java.util.function.Supplier<CompletableFuture<ResourceResponse[]>> next) {
        if (SENDING_WORKING_CARD.get() || activities.stream().noneMatch(SlowTurn::isAnswer)) {
            return next.get();
        }
        CompletableFuture<Optional<String>> replacing;
        synchronized (this) {
            if (state == State.WORKING) {
                state = State.ANSWERED;
                replacing = workingCard;
            } else {
                if (state == State.RUNNING) {
                    state = State.ANSWERED;
                }
                return next.get();
            }
        }
        return replacing.thenCompose(where -> where.isPresent()
                        && activities.size() == 1
                        && activities.get(0).isType(ActivityTypes.MESSAGE)
                        && canUpdate(turn)
                ? replace(turn, where.get(), activities.get(0))
                : next.get());
    }

    /** The answer takes the working card's place; if the channel will not change it, it comes below it. */
    private static CompletableFuture<ResourceResponse[]> replace(
            TurnContext turn, String workingCardId, Activity answer) {
        Activity update = MessageFactory.text("");
        update.setText(answer.getText());
        update.setAttachments(answer.getAttachments());
        update.setId(workingCardId);
        return turn.updateActivity(update)
                .thenApply(updated -> new ResourceResponse[] {new ResourceResponse(workingCardId)})
                .exceptionallyCompose(
                        refused -> turn.sendActivity(answer).thenApply(sent -> new ResourceResponse[] {sent}));
    }

    private static boolean isAnswer(Activity activity) {
        return activity.isType(ActivityTypes.MESSAGE) || activity.isType(ActivityTypes.INVOKE_RESPONSE);
    }

    private static boolean canUpdate(TurnContext turn) {
        return !DeliveryModes.EXPECT_REPLIES
                .toString()
                .equals(turn.getActivity().getDeliveryMode());
    }
}
