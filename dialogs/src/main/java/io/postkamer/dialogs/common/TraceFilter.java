package io.postkamer.dialogs.common;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ExpectedReplies;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Keeps the SDK's {@code trace} activities inside the bot. The dialogs library writes the whole
 * dialog state into a "Bot State" trace; the SDK would return it in expectReplies answers and post it
 * to the service URL of any caller that claims to be the emulator. One filter for every turn: as the
 * adapter's middleware (turns the bot takes on its own included), on a turn the bot gets from elsewhere
 * ({@link #keepOut}), and on an answer taken from the buffered replies ({@link #withoutTraces}).
 */
public final class TraceFilter implements Middleware {

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turnContext, NextDelegate next) {
        keepOut(turnContext);
        return next.next();
    }

    /** No trace this turn sends leaves the bot. */
    public static void keepOut(TurnContext turnContext) {
        turnContext.onSendActivities((turn, activities, send) -> {
            activities.removeIf(TraceFilter::isTrace);
            return activities.isEmpty() ? CompletableFuture.completedFuture(new ResourceResponse[0]) : send.get();
        });
    }

    /** The same answer without trace activities, for whatever reached the buffered replies anyway. */
    public static InvokeResponse withoutTraces(InvokeResponse response) {
        if (response == null
                || !(response.getBody() instanceof ExpectedReplies replies)
                || replies.getActivities() == null) {
            return response;
        }
        List<Activity> kept = replies.getActivities().stream()
                .filter(activity -> !isTrace(activity))
                .collect(Collectors.toList());
        return new InvokeResponse(response.getStatus(), new ExpectedReplies(kept));
    }

    private static boolean isTrace(Activity activity) {
        return activity != null && activity.isType(ActivityTypes.TRACE);
    }
}
