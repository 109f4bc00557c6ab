package io.postkamer.dialogs.common;

import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogReason;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallDialog;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;

/**
 * A waterfall that also moves on when a card button is pressed. The SDK's waterfall only continues on
 * message activities and would ignore the {@code adaptiveCard/action} invokes of Universal Actions.
 * The steps read the activity themselves ({@link UserInput}).
 */
public class CardWaterfallDialog extends WaterfallDialog {
    protected CardWaterfallDialog(String id) {
        super(id, new ArrayList<>());
    }

    @Override
    public CompletableFuture<DialogTurnResult> continueDialog(DialogContext dc) {
        return resumeDialog(
                dc, DialogReason.CONTINUE_CALLED, dc.getContext().getActivity().getText());
    }
}
