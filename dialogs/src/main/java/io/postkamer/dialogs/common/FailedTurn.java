package io.postkamer.dialogs.common;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ConversationAccount;
import io.postkamer.cards.Texts;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A turn that failed unexpectedly: logged, and the person told in one line. */
public final class FailedTurn {
    private static final Logger LOG = LoggerFactory.getLogger(FailedTurn.class);

    private FailedTurn() {}

    /**
     * Anything unexpected: logged, the person told in one line; the state of this turn is not saved.
     * That includes a save refused because another instance saved this conversation in between: a
     * card already shown in answer is then not backed by saved state, so the line is sent after it.
     */
    public static CompletableFuture<Void> told(TurnContext turnContext, Throwable failure) {
        ConversationAccount conversation = turnContext.getActivity().getConversation();
        LOG.error("Turn failed in conversation {}", conversation == null ? "" : conversation.getId(), failure);
        Texts texts = Texts.forLocale(turnContext.getActivity().getLocale());
        boolean invoke = turnContext.getActivity().isType(ActivityTypes.INVOKE);
        if (invoke && !UserInput.CARD_ACTION.equals(turnContext.getActivity().getName())) {
            return CompletableFuture.completedFuture(null);
        }
        if (invoke && !CardReplies.isUnansweredCardAction(turnContext)) {
            return turnContext
                    .sendActivity(MessageFactory.text(texts.get("flow.failed.text")))
                    .handle((sent, unsent) -> null);
        }
        return CardReplies.say(turnContext, texts.get("flow.failed.text"));
    }
}
