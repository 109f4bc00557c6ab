package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.ResultsCard;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.create.CreateMailbox.Grant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One line per member and right, and one for the Sent Items copies; the failed ones can be tried again. */
final class ResultsStep extends CardWaterfallDialog {
    static final String ID = "create.results";
    private final CreateFlow flow;
    private final Grants grants;

    ResultsStep(CreateFlow flow, Grants grants) {
        super(ID);
        this.flow = flow;
        this.grants = grants;
        addStep(this::showResults);
        addStep(this::retryOrGoOn);
    }

    private CompletableFuture<DialogTurnResult> showResults(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        return flow.show(
                step,
                (state, token) -> ResultsCard.render(
                        texts,
                        token,
                        state.grants().stream()
                                .map(grant -> new ResultsCard.Line(
                                        grant.memberName(),
                                        grant.right(),
                                        ResultsCard.Outcome.valueOf(
                                                grant.outcome() == Grant.Outcome.PENDING
                                                        ? Grant.Outcome.FAILED.name()
                                                        : grant.outcome().name()),
                                        grant.reason().stream()
                                                .findFirst()
                                                .map(reason -> reason.in(texts))
                                                .orElse("")))
                                .toList(),
                        Optional.of(new ResultsCard.SentItemsLine(
                                state.sentItems().keep(),
                                ResultsCard.Outcome.valueOf(
                                        state.sentItems().outcome() == Grant.Outcome.PENDING
                                                ? Grant.Outcome.FAILED.name()
                                                : state.sentItems().outcome().name()),
                                state.sentItems().reason().stream()
                                        .findFirst()
                                        .map(reason -> reason.in(texts))
                                        .orElse("")))));
    }

    private CompletableFuture<DialogTurnResult> retryOrGoOn(WaterfallStepContext step) {
        return flow.handle(step, ID, Optional.empty(), (state, input) -> {
            if (input.is(Verb.RETRY)) {
                return grants.apply(step, ID, state);
            }
            if (input.is(Verb.NEXT)) {
                return flow.goTo(step, WizardOrder.next(ID), state);
            }
            return flow.goTo(step, ID, state.redisplayed(CreateMailbox.Redisplay.SAME_TOKEN));
        });
    }
}
