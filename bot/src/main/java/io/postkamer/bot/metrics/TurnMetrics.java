package io.postkamer.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;

/**
 * Turns as metrics: {@code postkamer.turns} by kind (message, the invoke's name, conversation update) and the HTTP
 * status the channel got, with how long it waited for it; {@code postkamer.turns.answered.early} for turns whose
 * answer was given before they ended (their working card was out, or the channel's window was running out).
 */
public final class TurnMetrics {
    /** Invoke names that become a kind of their own; anything else a client sends is counted as "invoke". */
    private static final Set<String> KNOWN_INVOKES = Set.of("adaptiveCard/action", "application/search");

    private final MeterRegistry registry;

    public TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void answered(String type, String invokeName, int status, Duration waited) {
        String kind = "invoke".equals(type)
                ? KNOWN_INVOKES.contains(invokeName) ? invokeName : "invoke"
                : type == null ? "unknown" : type;
        Timer.builder("postkamer.turns")
                .description("Activities answered, and how long the channel waited")
                .tag("kind", kind)
                .tag("status", String.valueOf(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(waited);
    }

    public void answeredEarly(String why) {
        Counter.builder("postkamer.turns.answered.early")
                .description("Turns answered before they ended")
                .tag("why", why)
                .register(registry)
                .increment();
    }
}
