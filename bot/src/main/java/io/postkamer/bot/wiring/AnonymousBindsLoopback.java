package io.postkamer.bot.wiring;

import io.postkamer.bot.auth.BotCredentials;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A bot without credentials trusts whoever can reach it: it listens on this machine only
 * ({@code 127.0.0.1}), unless {@code server.address} says otherwise.
 */
public class AnonymousBindsLoopback implements EnvironmentPostProcessor {
    static final String SOURCE = "postkamer-anonymous-loopback";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (BotCredentials.from(environment).isAnonymous() && !environment.containsProperty("server.address")) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(SOURCE, Map.of("server.address", "127.0.0.1")));
        }
    }
}
