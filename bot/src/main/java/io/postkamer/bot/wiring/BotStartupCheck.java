package io.postkamer.bot.wiring;

import io.postkamer.bot.auth.BotCredentials;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the bot's credentials against the backend before any bean exists, so a real tenant never
 * comes up behind an endpoint that accepts anonymous calls, whatever order beans are created in.
 */
public class BotStartupCheck implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        BotCredentials credentials = BotCredentials.from(environment);
        Backend backend = Backend.parse(environment.getProperty("postkamer.backend", "demo"));
        if (credentials.isAnonymous() && backend != Backend.DEMO) {
            throw new AnonymousBotRefused();
        }
    }
}
