package io.postkamer.bot.chat;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the local chat page is served. It lets anyone who can reach the port talk to the bot as
 * anyone in the tenant, so it is on only for the demo backend without bot credentials, unless
 * {@code postkamer.chat-page.enabled} says otherwise.
 */
@Component
public class ChatPageSwitch {
    static final String ENABLED = "postkamer.chat-page.enabled";
    static final String BACKEND = "postkamer.backend";
    static final String APP_ID = "MicrosoftAppId";

    private final boolean enabled;

    public ChatPageSwitch(Environment environment) {
        String override = environment.getProperty(ENABLED, "").strip();
        if (!override.isEmpty()) {
            enabled = Boolean.parseBoolean(override);
        } else {
            boolean demo = environment.getProperty(BACKEND, "demo").strip().equalsIgnoreCase("demo");
            boolean credentials = !environment.getProperty(APP_ID, "").isBlank();
            enabled = demo && !credentials;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }
}
