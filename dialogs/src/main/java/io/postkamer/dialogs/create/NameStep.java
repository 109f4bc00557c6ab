package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.create.NameCard;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The display name: typed on the card or in the chat. */
final class NameStep extends CardWaterfallDialog {
    static final String ID = "create.name";
    private final CreateFlow flow;

    NameStep(CreateFlow flow) {
        super(ID);
        this.flow = flow;
        addStep(this::askName);
        addStep(this::readName);
    }

    private CompletableFuture<DialogTurnResult> askName(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        return flow.show(
                step,
                (state, token) -> NameCard.render(
                        texts, token, state.displayName(), state.error().map(error -> error.in(texts))));
    }

    private CompletableFuture<DialogTurnResult> readName(WaterfallStepContext step) {
        return flow.handle(step, ID, Optional.empty(), (state, input) -> {
            String name = input.isAction() ? input.input("displayName") : input.text();
            return flow.propose(state, name).thenCompose(next -> flow.goTo(step, next.screen(), next.state()));
        });
    }
}
