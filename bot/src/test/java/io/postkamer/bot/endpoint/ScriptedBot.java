package io.postkamer.bot.endpoint;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A bot with behaviours the endpoint must cope with: "fail" (and a card action) fails the turn with
 * an exception carrying a secret; "state" sends a trace holding the dialog state, the way the dialogs
 * library does, and then a message; "tenant" answers with the tenant the turn sees in conversation.tenantId; a
 * "count" invoke answers with how many turns it has run.
 */
final class ScriptedBot implements Bot {
    static final String SECRET = "database-password-hunter2";

    /** Bean source for {@code App.startWith}: replaces the real bot in the endpoint. */
    static final class Replacement {
        @Bean
        @Primary
        Bot scriptedBot() {
            return new ScriptedBot();
        }
    }

    private final AtomicInteger counted = new AtomicInteger();

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turnContext) {
        Activity incoming = turnContext.getActivity();
        if (incoming.isType(ActivityTypes.INVOKE) && "count".equals(incoming.getName())) {
            Activity answer = new Activity(ActivityTypes.INVOKE_RESPONSE);
            answer.setValue(new InvokeResponse(
                    200, JsonNodeFactory.instance.objectNode().put("turns", counted.incrementAndGet())));
            return turnContext.sendActivity(answer).thenApply(sent -> null);
        }
        if (incoming.isType(ActivityTypes.INVOKE) || "fail".equals(incoming.getText())) {
            return CompletableFuture.failedFuture(new IllegalStateException("turn broke: " + SECRET));
        }
        if ("state".equals(incoming.getText())) {
            Activity trace = Activity.createTraceActivity(
                    "Bot State",
                    "https://www.botframework.com/schemas/botState",
                    JsonNodeFactory.instance.objectNode().put("dialogState", SECRET),
                    "Bot State");
            return turnContext
                    .sendActivity(trace)
                    .thenCompose(sent -> turnContext.sendActivity(MessageFactory.text("state kept")))
                    .thenApply(sent -> null);
        }
        if ("tenant".equals(incoming.getText())) {
            return turnContext
                    .sendActivity(MessageFactory.text(
                            "tenant: " + incoming.getConversation().getTenantId()))
                    .thenApply(sent -> null);
        }
        return turnContext.sendActivity(MessageFactory.text("ok")).thenApply(sent -> null);
    }
}
