package io.postkamer.dialogs.requests;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Sends a message into a conversation the bot is not answering right now (a decision, a new request). */
public interface ProactiveMessenger {
    /** Completes once the connector took the message; fails with the reason it was not delivered. */
    CompletableFuture<Void> send(ConversationReference to, Activity message);

    /**
     * As {@link #send(ConversationReference, Activity)}; {@code refusedForNow} hears of each refusal after
     * which the message waits to be sent again (throttling), before the returned future settles.
     */
    default CompletableFuture<Void> send(
            ConversationReference to, Activity message, Consumer<Throwable> refusedForNow) {
        return send(to, message);
    }
}
