package io.postkamer.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Iterator;

/** Where one more message into a conversation fits Teams' windows, given the messages sent before. */
final class SendWindows {
    private SendWindows() {}

    /**
     * The earliest moment at or after {@code notBefore} at which one more send keeps every window, given the sends
     * so far, oldest first, none of them after {@code notBefore}.
     */
    static Instant earliest(RateLimits limits, Deque<Instant> sent, Instant notBefore) {
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
}
