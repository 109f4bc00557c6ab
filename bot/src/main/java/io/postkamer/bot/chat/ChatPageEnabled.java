package io.postkamer.bot.chat;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The local chat page talks to the bot without a token, so it is on by default only while the bot
 * runs anonymously (no {@code MicrosoftAppId}); {@code postkamer.chat-page.enabled} decides otherwise.
 */
class ChatPageEnabled implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String explicit =
                environment.getProperty("postkamer.chat-page.enabled", "").strip();
        if (!explicit.isEmpty()) {
            return Boolean.parseBoolean(explicit);
        }
        return environment.getProperty("MicrosoftAppId", "").isBlank();
    }
}
