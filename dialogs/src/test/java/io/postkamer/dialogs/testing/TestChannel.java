package io.postkamer.dialogs.testing;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A channel for conversation tests, the way Teams treats a bot: posted messages get ids, updates of
 * a posted message are recorded, and an invoke gets the bot's invoke response back.
 */
public final class TestChannel extends BotAdapter {
    private final List<Activity> posted = new CopyOnWriteArrayList<>();
    private final List<Activity> updated = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** What one turn produced. */
    public record Turn(List<Activity> posted, List<Activity> updated, Optional<InvokeResponse> invokeResponse) {
    }

    public Turn process(Activity activity, Bot bot) {
        int postedBefore = posted.size();
        int updatedBefore = updated.size();
        TurnContextImpl context = new TurnContextImpl(this, activity);
        runPipeline(context, bot::onTurn).join();
        Activity response = context.getTurnState().get(BotFrameworkAdapter.INVOKE_RESPONSE_KEY);
        return new Turn(new ArrayList<>(posted.subList(postedBefore, posted.size())),
                new ArrayList<>(updated.subList(updatedBefore, updated.size())),
                Optional.ofNullable(response).map(r -> (InvokeResponse) r.getValue()));
    }

    @Override
    public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
        List<ResourceResponse> responses = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.isType(ActivityTypes.INVOKE_RESPONSE)) {
                context.getTurnState().replace(BotFrameworkAdapter.INVOKE_RESPONSE_KEY, activity);
                responses.add(new ResourceResponse(""));
                continue;
            }
            String id = "msg-" + ids.incrementAndGet();
            activity.setId(id);
            posted.add(activity);
            responses.add(new ResourceResponse(id));
        }
        return CompletableFuture.completedFuture(responses.toArray(new ResourceResponse[0]));
    }

    @Override
    public CompletableFuture<ResourceResponse> updateActivity(TurnContext context, Activity activity) {
        updated.add(activity);
        return CompletableFuture.completedFuture(new ResourceResponse(activity.getId()));
    }

    @Override
    public CompletableFuture<Void> deleteActivity(TurnContext context, ConversationReference reference) {
        return CompletableFuture.completedFuture(null);
    }
}
