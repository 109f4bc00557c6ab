package io.postkamer.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The sends of one conversation so far, and the earliest moment the next one fits every window. Each
 * attempt counts, also one Teams answered with 429.
 */
final class ConversationPacer {
    private final RateLimits limits;
    private final Deque<Instant> sent = new ArrayDeque<>();

    ConversationPacer(RateLimits limits) {
        this.limits = limits;
    }

    /** The earliest moment at or after {@code notBefore} at which one more send keeps every window. */
    synchronized Instant earliest(Instant notBefore) {
        Instant oldestKept = notBefore.minus(limits.longest());
        while (!sent.isEmpty() && sent.peekFirst().isBefore(oldestKept)) {
            sent.removeFirst();
        }
        Instant slot = notBefore;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RateLimits.Window window : limits.windows()) {
                Duration length = window.length().plus(limits.margin());
                Instant start = slot.minus(length);
                int inWindow = 0;
                Instant oldestInWindow = null;
                Iterator<Instant> newestFirst = sent.descendingIterator();
                while (newestFirst.hasNext()) {
                    Instant at = newestFirst.next();
                    if (!at.isAfter(start)) {
                        break;
                    }
                    inWindow++;
                    if (inWindow == window.messages()) {
                        oldestInWindow = at;
                    }
                }
                if (inWindow >= window.messages()) {
                    // The slot moves to when the send that fills this window leaves it.
                    slot = oldestInWindow.plus(length).plusMillis(1);
                    moved = true;
                }
            }
        }
        return slot;
    }

    /** A send that has been answered. */
    synchronized void record(Instant at) {
        sent.addLast(at);
    }
}
