package io.postkamer.bot.wiring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.ExpectedReplies;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.SlowTurn;
import io.postkamer.dialogs.common.TraceFilter;
import io.postkamer.dialogs.common.UserInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The HTTP answer of one turn, which the channel waits for: given when the turn ends, when the turn says it may be
 * given now ({@link SlowTurn#ANSWER_NOW}: its working card is out), or when it has been held for as long as a
 * channel waits, whichever comes first. Teams shows an error and sends the activity again when it has no answer
 * after about 15 seconds.
 *
 * <p>Given early, the answer carries what the turn has sent so far: for an invoke its answer, or a note that the
 * answer follows; for a turn whose replies travel in the answer (expectReplies) the replies so far, after which the
 * turn sends the rest through the connector like any other.
 */
final class HeldAnswer {
    private static final String SEARCH_RESPONSE = "application/vnd.microsoft.search.searchResponse";
    private static final String MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message";

    /** Why an answer was given early: the turn's working card was out, or the channel's window was running out. */
    static final String WORKING_CARD = "working-card";

    static final String WINDOW = "window";

    private final CompletableFuture<InvokeResponse> early = new CompletableFuture<>();
    private String why = "";
    private final Object sending = new Object();
    private TurnContext turn;

    /** Watches the turn's sends, so that an answer given early never misses or doubles a reply. */
    void attach(TurnContext context) {
        synchronized (sending) {
            turn = context;
        }
        context.getTurnState().add(SlowTurn.ANSWER_NOW, (Runnable) () -> giveNow(WORKING_CARD));
        context.onSendActivities((ctx, activities, next) -> {
            synchronized (sending) {
                return next.get();
            }
        });
    }

    /** Completes once the answer may be given before the turn ends. */
    CompletableFuture<InvokeResponse> early() {
        return early;
    }

    /** Gives the answer now, with what the turn has sent so far; the turn goes on. */
    void giveNow(String reason) {
        synchronized (sending) {
            if (early.isDone() || turn == null) {
                return;
            }
            why = reason;
            early.complete(soFar(turn));
        }
    }

    String why() {
        synchronized (sending) {
            return why;
        }
    }

    private static InvokeResponse soFar(TurnContext turn) {
        Activity incoming = turn.getActivity();
        boolean invoke = incoming.isType(ActivityTypes.INVOKE);
        if (DeliveryModes.EXPECT_REPLIES.toString().equals(incoming.getDeliveryMode())) {
            List<Activity> replies = new ArrayList<>(((TurnContextImpl) turn).getBufferedReplyActivities());
            if (invoke && replies.stream().noneMatch(reply -> reply.isType(ActivityTypes.INVOKE_RESPONSE))) {
                replies.add(CardReplies.invokeResponse(stillBusy(incoming).getBody()));
                CardReplies.markAnswered(turn);
            }
            // Whatever the turn sends from now on goes through the connector, to the conversation.
            incoming.setDeliveryMode(null);
            return TraceFilter.withoutTraces(new InvokeResponse(200, new ExpectedReplies(replies)));
        }
        if (!invoke) {
            return null;
        }
        Activity answered = turn.getTurnState().get(BotFrameworkAdapter.INVOKE_RESPONSE_KEY);
        if (answered != null) {
            return (InvokeResponse) answered.getValue();
        }
        CardReplies.markAnswered(turn);
        return stillBusy(incoming);
    }

    /** The answer to an invoke the turn has not answered yet: that the answer follows in the chat. */
    private static InvokeResponse stillBusy(Activity incoming) {
        if (UserInput.CARD_ACTION.equals(incoming.getName())) {
            AdaptiveCardInvokeResponse note = new AdaptiveCardInvokeResponse();
            note.setStatusCode(200);
            note.setType(MESSAGE_RESPONSE);
            note.setValue(Texts.forLocale(incoming.getLocale()).get("working.stillBusy"));
            return new InvokeResponse(200, note);
        }
        if ("application/search".equals(incoming.getName())) {
            ObjectNode none = JsonNodeFactory.instance.objectNode().put("type", SEARCH_RESPONSE);
            none.putObject("value").putArray("results");
            return new InvokeResponse(200, none);
        }
        return new InvokeResponse(200, null);
    }
}
