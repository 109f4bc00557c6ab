package io.postkamer.dialogs.create;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.create.ApplyingCard;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A batch of grants that outlasted its turn: the card says how far it is and is changed in place as
 * the batch goes on, at most once per {@link io.postkamer.dialogs.BotSettings#patience()} (well within
 * Teams' per-conversation limits); when the batch is done the bot moves on to the results on its own.
 */
final class ApplyingStep extends CardWaterfallDialog {
    static final String ID = "create.applying";
    /** What the bot presses on its own when the batch is done. */
    private static final String DONE = "grants.done";

    private final CreateFlow flow;
    private final Grants grants;
    private final GrantsInFlight inFlight;

    ApplyingStep(CreateFlow flow, Grants grants, GrantsInFlight inFlight) {
        super(ID);
        this.flow = flow;
        this.grants = grants;
        this.inFlight = inFlight;
        addStep(this::showProgress);
        addStep(this::finish);
    }

    private CompletableFuture<DialogTurnResult> showProgress(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        GrantsInFlight.Batch handedOver = step.getContext().getTurnState().get(GrantsInFlight.HANDED_OVER);
        String conversation = step.getContext().getActivity().getConversation().getId();
        Optional<GrantsInFlight.Batch> batch = Optional.ofNullable(handedOver)
                .or(() -> inFlight.of(conversation, flow.read(step).token()));
        return flow.show(step, (state, token) -> card(step, texts, state, token, batch))
                .thenApply(shown -> {
                    if (handedOver != null) {
                        watch(step, texts, handedOver);
                    }
                    return shown;
                });
    }

    /** Keeps the card up to date while the batch runs, and moves on when it is done. */
    private void watch(WaterfallStepContext step, Texts texts, GrantsInFlight.Batch batch) {
        CreateMailbox shown = flow.read(step);
        String conversation = step.getContext().getActivity().getConversation().getId();
        ConversationReference where = step.getContext().getActivity().getConversationReference();
        String user = step.getContext().getActivity().getFrom().getId();
        inFlight.put(conversation, shown.token(), batch);
        Duration every = flow.settings().patience();
        AtomicReference<Instant> last = new AtomicReference<>(Instant.now());
        shown.shownIn()
                .ifPresent(activityId -> batch.onProgress.set(() -> {
                    Instant now = Instant.now();
                    Instant before = last.get();
                    if (Duration.between(before, now).compareTo(every) >= 0
                            && last.compareAndSet(before, now)
                            && !batch.result().isDone()) {
                        flow.followUps()
                                .update(
                                        where,
                                        activityId,
                                        ApplyingCard.render(
                                                texts,
                                                shown.token(),
                                                shown.displayName(),
                                                batch.settled.get(),
                                                batch.pending.size(),
                                                List.of(user)));
                    }
                }));
        batch.result()
                .whenComplete((done, failed) -> flow.followUps()
                        .schedule(
                                where,
                                Duration.ZERO,
                                DONE,
                                JsonNodeFactory.instance.objectNode().put("token", shown.token())));
    }

    private CompletableFuture<DialogTurnResult> finish(WaterfallStepContext step) {
        return flow.handle(step, ID, Optional.empty(), (state, input) -> {
            String conversation =
                    step.getContext().getActivity().getConversation().getId();
            Optional<GrantsInFlight.Batch> batch = inFlight.of(conversation, state.token());
            if (batch.isEmpty()) {
                // Not running here (the bot restarted): apply again; only what is still missing is written.
                return grants.apply(step, ID, state);
            }
            if (!batch.get().result().isDone()) {
                return flow.goTo(step, ID, state.redisplayed(CreateMailbox.Redisplay.SAME_TOKEN));
            }
            inFlight.forget(conversation, state.token());
            return grants.results(step, state, batch.get());
        });
    }

    private static AdaptiveCard card(
            WaterfallStepContext step,
            Texts texts,
            CreateMailbox state,
            String token,
            Optional<GrantsInFlight.Batch> batch) {
        int total = batch.map(b -> b.pending.size()).orElse(state.grants().size());
        int done = batch.map(b -> b.settled.get()).orElse(0);
        return ApplyingCard.render(
                texts,
                token,
                state.displayName(),
                done,
                total,
                List.of(step.getContext().getActivity().getFrom().getId()));
    }
}
