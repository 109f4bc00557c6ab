package io.postkamer.dialogs.requests;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.concurrent.CompletableFuture;

/** Sends a message into a conversation the bot is not answering right now (a decision, a new request). */
public interface ProactiveMessenger {
    CompletableFuture<Void> send(ConversationReference to, Activity message);
}
