package io.postkamer.dialogs.common;

import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogSet;
import com.microsoft.bot.dialogs.DialogState;
import java.util.concurrent.CompletableFuture;

/**
 * The conversation flows of one turn, their {@link DialogContext} made only when a flow is started or
 * continued. The SDK builds a new Jackson ObjectMapper for every DialogContext, a good part of a
 * turn's cost, and most turns (help, a card in the overview, a request) need none.
 */
public final class TurnDialogs {
    private final DialogSet dialogs;
    private final StatePropertyAccessor<DialogState> state;
    private final TurnContext turn;
    private CompletableFuture<DialogContext> context;

    public TurnDialogs(DialogSet dialogs, StatePropertyAccessor<DialogState> state, TurnContext turn) {
        this.dialogs = dialogs;
        this.state = state;
        this.turn = turn;
    }

    public TurnContext turn() {
        return turn;
    }

    /** Whether a flow is under way in this conversation, read from its state without a DialogContext. */
    public CompletableFuture<Boolean> underWay() {
        if (context != null) {
            return context.thenApply(dc -> dc.getActiveDialog() != null);
        }
        return state.get(turn, DialogState::new)
                .thenApply(stack -> stack.getDialogStack() != null
                        && !stack.getDialogStack().isEmpty());
    }

    /** The turn's DialogContext, made on first use. */
    public CompletableFuture<DialogContext> context() {
        if (context == null) {
            context = dialogs.createContext(turn);
        }
        return context;
    }
}
