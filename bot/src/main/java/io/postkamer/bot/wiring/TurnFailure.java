package io.postkamer.bot.wiring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.DeliveryModes;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a turn that failed without handling its own failure leaves behind: the exception in the log,
 * and for the person one neutral line (never a stack trace, whatever channel the caller claims to be;
 * the SDK's sample handler sends traces to the "emulator", which anyone can claim in anonymous mode).
 * A failed card action gets an error answer Teams can show instead of "not implemented".
 */
final class TurnFailure {
    static final String SORRY = "Sorry, something went wrong. / Er is iets misgegaan.";
    private static final Logger LOG = LoggerFactory.getLogger(TurnFailure.class);
    private static final String CARD_ACTION = "adaptiveCard/action";
    private static final String ERROR_RESPONSE = "application/vnd.microsoft.error";

    CompletableFuture<Void> handle(TurnContext turnContext, Throwable failure) {
        Activity incoming = turnContext.getActivity();
        LOG.error(
                "Unhandled failure in a turn of conversation {}",
                incoming.getConversation() == null
                        ? "?"
                        : incoming.getConversation().getId(),
                failure);
        boolean expectReplies = DeliveryModes.EXPECT_REPLIES.toString().equals(incoming.getDeliveryMode());
        Activity answer;
        if (!incoming.isType(ActivityTypes.INVOKE) || expectReplies) {
            answer = MessageFactory.text(SORRY);
        } else if (turnContext.getTurnState().get(BotFrameworkAdapter.INVOKE_RESPONSE_KEY) != null) {
            return CompletableFuture.completedFuture(null);
        } else {
            answer = new Activity(ActivityTypes.INVOKE_RESPONSE);
            answer.setValue(
                    CARD_ACTION.equals(incoming.getName())
                            ? new InvokeResponse(200, cardActionError())
                            : new InvokeResponse(500, null));
        }
        return turnContext.sendActivity(answer).handle((sent, sendFailure) -> {
            if (sendFailure != null) {
                LOG.warn(
                        "Could not tell conversation {} that its turn failed",
                        incoming.getConversation() == null
                                ? "?"
                                : incoming.getConversation().getId(),
                        sendFailure);
            }
            return null;
        });
    }

    private static AdaptiveCardInvokeResponse cardActionError() {
        ObjectNode error = JsonNodeFactory.instance
                .objectNode()
                .put("code", "InternalError")
                .put("message", SORRY);
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(500);
        response.setType(ERROR_RESPONSE);
        response.setValue(error);
        return response;
    }
}
