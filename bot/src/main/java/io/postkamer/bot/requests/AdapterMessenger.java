package io.postkamer.bot.requests;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.dialogs.requests.ProactiveMessenger;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a proactive message through the bot's adapter (continueConversation with a stored reference).
 * The outcome is the send's own: the adapter's turn-error handler would otherwise swallow a failed
 * send and let it pass for delivered.
 */
public final class AdapterMessenger implements ProactiveMessenger {
    private final BotAdapter adapter;
    private final String appId;

    public AdapterMessenger(BotAdapter adapter, String appId) {
        this.adapter = adapter;
        this.appId = appId;
    }

    @Override
    public CompletableFuture<Void> send(ConversationReference to, Activity message) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        CompletableFuture<Void> turn;
        try {
            turn = adapter.continueConversation(
                    appId,
                    to,
                    context -> context.sendActivity(message).handle((response, failure) -> {
                        if (failure == null) {
                            sent.complete(null);
                        } else {
                            sent.completeExceptionally(failure);
                        }
                        return null;
                    }));
        } catch (RuntimeException failure) {
            turn = CompletableFuture.failedFuture(failure);
        }
        turn.whenComplete((done, failure) -> {
            if (!sent.isDone()) {
                sent.completeExceptionally(
                        failure != null ? failure : new IllegalStateException("the conversation was not continued"));
            }
        });
        return sent;
    }
}
