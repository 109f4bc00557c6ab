package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.MailboxException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults a test plans for the next calls of one operation, e.g.
 * {@code tenant.faults().next(DemoOperation.GRANT, 2).throttle(Duration.ofSeconds(3))}.
 * A planned fault is used up by one call; calls of other operations are not affected.
 */
public final class DemoTenantFaults {
    private final Map<DemoOperation, Deque<Fault>> planned = new EnumMap<>(DemoOperation.class);

    /** A fault for one call: thrown before anything changes, or after the change was made (a lost answer). */
    record Fault(MailboxException exception, boolean afterChange) {}

    public Plan next(DemoOperation operation) {
        return next(operation, 1);
    }

    public Plan next(DemoOperation operation, int times) {
        Objects.requireNonNull(operation, "operation");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        return new Plan(operation, times);
    }

    public synchronized void clear() {
        planned.clear();
    }

    /** How many planned faults of this operation are still waiting. */
    public synchronized int pending(DemoOperation operation) {
        return planned.getOrDefault(operation, new ArrayDeque<>()).size();
    }

    private synchronized void add(DemoOperation operation, int times, Fault fault) {
        Deque<Fault> queue = planned.computeIfAbsent(operation, o -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(fault);
        }
    }

    /** Takes the fault for this call, if one is planned. */
    synchronized Optional<Fault> take(DemoOperation operation) {
        Deque<Fault> queue = planned.get(operation);
        return queue == null ? Optional.empty() : Optional.ofNullable(queue.pollFirst());
    }

    /** What the planned calls will do. */
    public final class Plan {
        private final DemoOperation operation;
        private final int times;

        private Plan(DemoOperation operation, int times) {
            this.operation = operation;
            this.times = times;
        }

        /** Answer 429 with Retry-After; nothing changes. */
        public void throttle(Duration retryAfter) {
            thenThrow(new MailboxException.Throttled(operation.serviceName(), retryAfter));
        }

        /** Answer with this HTTP status (0: no answer at all); nothing changes. 5xx and 0 are transient. */
        public void failRemotely(int status) {
            thenThrow(new MailboxException.RemoteFailure(
                    operation.serviceName(), status, "injected fault", status == 0 || status >= 500, null));
        }

        /** Make the change, then lose the answer (a timeout): the caller cannot tell it was made. */
        public void loseAnswer() {
            add(
                    operation,
                    times,
                    new Fault(
                            new MailboxException.RemoteFailure(
                                    operation.serviceName(), 0, "injected timeout after the change", true, null),
                            true));
        }

        /** Throw this exception; nothing changes. */
        public void thenThrow(MailboxException exception) {
            add(operation, times, new Fault(Objects.requireNonNull(exception, "exception"), false));
        }
    }
}
