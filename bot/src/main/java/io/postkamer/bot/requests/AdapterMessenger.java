package io.postkamer.bot.requests;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.dialogs.requests.ProactiveMessenger;
import java.util.concurrent.CompletableFuture;

/** Sends a proactive message through the bot's adapter (continueConversation with a stored reference). */
public final class AdapterMessenger implements ProactiveMessenger {
    private final BotAdapter adapter;
    private final String appId;

    public AdapterMessenger(BotAdapter adapter, String appId) {
        this.adapter = adapter;
        this.appId = appId;
    }

    @Override
    public CompletableFuture<Void> send(ConversationReference to, Activity message) {
        return adapter.continueConversation(appId, to, turn -> turn.sendActivity(message).thenApply(sent -> null));
    }
}
