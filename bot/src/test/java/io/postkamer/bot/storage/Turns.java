package io.postkamer.bot.storage;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Turn contexts for state tests: a user's message in a Teams conversation, replies collected. */
final class Turns extends BotAdapter {

    final List<Activity> sent = new ArrayList<>();

    TurnContext message(String conversationId, String userId, String text) {
        Activity activity = Activity.createMessageActivity();
        activity.setChannelId("msteams");
        activity.setServiceUrl("https://smba.example.invalid/");
        activity.setConversation(new ConversationAccount(conversationId));
        activity.setFrom(new ChannelAccount(userId));
        activity.setRecipient(new ChannelAccount("bot"));
        activity.setText(text);
        return new TurnContextImpl(this, activity);
    }

    List<String> sentTexts() {
        return sent.stream().map(Activity::getText).toList();
    }

    @Override
    public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
        sent.addAll(activities);
        return CompletableFuture.completedFuture(activities.stream()
                .map(a -> new ResourceResponse("sent-" + sent.size()))
                .toArray(ResourceResponse[]::new));
    }

    @Override
    public CompletableFuture<ResourceResponse> updateActivity(TurnContext context, Activity activity) {
        return CompletableFuture.completedFuture(new ResourceResponse(activity.getId()));
    }

    @Override
    public CompletableFuture<Void> deleteActivity(TurnContext context, ConversationReference reference) {
        return CompletableFuture.completedFuture(null);
    }
}
