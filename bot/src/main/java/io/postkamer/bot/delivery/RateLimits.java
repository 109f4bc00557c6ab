package io.postkamer.bot.delivery;

import java.time.Duration;
import java.util.List;

/**
 * How many messages a bot may send into one conversation within each window.
 *
 * @param margin added to every window, so that network jitter never lets two sends look closer together
 *     at Teams than they were here
 */
public record RateLimits(List<Window> windows, Duration margin) {
    /** At most {@code messages} within any {@code length}. */
    public record Window(int messages, Duration length) {}

    public RateLimits {
        windows = List.copyOf(windows);
    }

    /** Teams, per conversation: 7 in 1 s, 8 in 2 s, 60 in 30 s, 1800 in an hour. */
    public static RateLimits teams() {
        return new RateLimits(
                List.of(
                        new Window(7, Duration.ofSeconds(1)),
                        new Window(8, Duration.ofSeconds(2)),
                        new Window(60, Duration.ofSeconds(30)),
                        new Window(1800, Duration.ofHours(1))),
                Duration.ofMillis(100));
    }

    Duration longest() {
        return windows.stream()
                .map(Window::length)
                .max(Duration::compareTo)
                .orElse(Duration.ZERO)
                .plus(margin);
    }
}
