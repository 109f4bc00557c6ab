package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.Message;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** How the request features answer a turn: a card in place of the pressed one, or why there is none. */
final class RequestReplies {
    private RequestReplies() {}

    static CompletableFuture<Void> show(TurnContext turn, AdaptiveCard card) {
        return CardReplies.show(turn, card, Optional.empty()).thenApply(shown -> null);
    }

    /** The card, or the problem that kept it from being drawn. */
    static CompletableFuture<Void> show(TurnContext turn, Texts texts, Attempt<AdaptiveCard> card) {
        return card.isFailure() ? sayProblem(turn, texts, card) : show(turn, card.get());
    }

    static CompletableFuture<Void> sayProblem(TurnContext turn, Texts texts, Attempt<?> failed) {
        return CardReplies.say(turn, Message.of(failed.problem()).in(texts));
    }
}
