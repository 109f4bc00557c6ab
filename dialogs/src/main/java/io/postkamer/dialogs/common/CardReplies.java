package io.postkamer.dialogs.common;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.DeliveryModes;
import io.postkamer.cards.AdaptiveCard;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Puts a wizard's card in front of the person, in place where the channel allows it: the answer to a
 * Universal Action replaces the card that was pressed; a typed message updates the card posted
 * earlier; otherwise (first card, expectReplies) a new message is posted. Returns the id of the
 * activity that now shows the card, for the next update.
 */
public final class CardReplies {
    /** Turn-state flag: this invoke has its answer (the SDK's own key is not set under expectReplies). */
    private static final String ANSWERED = "postkamer.invokeAnswered";

    private static final String MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message";

    private CardReplies() {}

    public static CompletableFuture<Optional<String>> show(
            TurnContext turn, AdaptiveCard card, Optional<String> shownIn) {
        Activity incoming = turn.getActivity();
        if (isUnansweredCardAction(turn)) {
            answer(turn, cardResponse(card));
            return turn.sendActivity(invokeResponse(cardResponse(card)))
                    .thenApply(
                            sent -> Optional.ofNullable(incoming.getReplyToId()).or(() -> shownIn));
        }
        if (shownIn.isPresent() && canUpdate(turn)) {
            Activity update = MessageFactory.attachment(attachment(card));
            update.setId(shownIn.get());
            return turn.updateActivity(update)
                    .thenApply(updated -> shownIn)
                    .exceptionallyCompose(refused -> post(turn, card));
        }
        return post(turn, card);
    }

    /** A card's progress, changed in place while the turn is still running (no-op where impossible). */
    public static CompletableFuture<Void> update(TurnContext turn, AdaptiveCard card, Optional<String> shownIn) {
        if (shownIn.isEmpty() || !canUpdate(turn)) {
            return CompletableFuture.completedFuture(null);
        }
        Activity update = MessageFactory.attachment(attachment(card));
        update.setId(shownIn.get());
        return turn.updateActivity(update).handle((updated, refused) -> null);
    }

    /** A short text: as the answer to a card action a toast that leaves the card as it is, else a message. */
    public static CompletableFuture<Void> say(TurnContext turn, String text) {
        if (isUnansweredCardAction(turn)) {
            AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
            response.setStatusCode(200);
            response.setType(MESSAGE_RESPONSE);
            response.setValue(text);
            answer(turn, response);
            return turn.sendActivity(invokeResponse(response)).thenApply(sent -> null);
        }
        return turn.sendActivity(MessageFactory.text(text)).thenApply(sent -> null);
    }

    public static boolean isUnansweredCardAction(TurnContext turn) {
        Activity incoming = turn.getActivity();
        return incoming.isType(ActivityTypes.INVOKE)
                && UserInput.CARD_ACTION.equals(incoming.getName())
                && turn.getTurnState().get(ANSWERED) == null;
    }

    public static Attachment attachment(AdaptiveCard card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.content());
        return attachment;
    }

    public static AdaptiveCardInvokeResponse cardResponse(AdaptiveCard card) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(200);
        response.setType(AdaptiveCard.CONTENT_TYPE);
        response.setValue(card.content());
        return response;
    }

    public static Activity invokeResponse(Object body) {
        Activity activity = new Activity(ActivityTypes.INVOKE_RESPONSE);
        activity.setValue(new InvokeResponse(200, body));
        return activity;
    }

    /**
     * The invoke has been answered by the endpoint (the turn outlasted the channel's wait): what the turn shows from
     * now on is posted to the conversation.
     */
    public static void markAnswered(TurnContext turn) {
        turn.getTurnState().replace(ANSWERED, Boolean.TRUE);
    }

    private static void answer(TurnContext turn, Object response) {
        turn.getTurnState().replace(ANSWERED, response);
    }

    private static boolean canUpdate(TurnContext turn) {
        return !DeliveryModes.EXPECT_REPLIES
                .toString()
                .equals(turn.getActivity().getDeliveryMode());
    }

    private static CompletableFuture<Optional<String>> post(TurnContext turn, AdaptiveCard card) {
        return turn.sendActivity(MessageFactory.attachment(attachment(card)))
                .thenApply(sent -> Optional.ofNullable(sent).map(response -> response.getId()));
    }
}
