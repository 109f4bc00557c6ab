package io.postkamer.dialogs.common;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletableFuture;

/** Turns the bot takes on its own in a conversation, through the same connector as its replies. */
@FunctionalInterface
public interface Continuations {
    CompletableFuture<Void> continueConversation(ConversationReference conversation, BotCallbackHandler callback);

    /** No turns of its own: work that outlasts its turn is only seen when the person asks again. */
    static Continuations none() {
        return (conversation, callback) ->
                CompletableFuture.failedFuture(new IllegalStateException("this bot takes no turns of its own"));
    }
}
