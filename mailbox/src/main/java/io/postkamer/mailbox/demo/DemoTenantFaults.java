package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.MailboxException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Faults a test plans for the next calls of an operation, used up one per call, in order:
 * <pre>
 * tenant.faults().next(Operation.GRANT).throttled(Duration.ofSeconds(30));
 * tenant.faults().next(Operation.CREATE_SHARED_MAILBOX, 2).remoteFailure(503);
 * tenant.faults().next(Operation.GRANT).timeoutAfterWrite();   // the change is made, the answer is lost
 * </pre>
 * A fault thrown before the call changes nothing; {@link Plan#timeoutAfterWrite()} makes the change
 * and then fails, as when a request times out after the server did the work.
 */
public final class DemoTenantFaults {
    private final Map<Operation, Deque<Fault>> planned = new EnumMap<>(Operation.class);

    /** Plans a fault for the next call of {@code operation}. */
    public Plan next(Operation operation) {
        return next(operation, 1);
    }

    /** Plans a fault for each of the next {@code calls} calls of {@code operation}. */
    public Plan next(Operation operation, int calls) {
        Objects.requireNonNull(operation, "operation");
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1");
        }
        return new Plan(operation, calls);
    }

    /** How many planned faults of {@code operation} are not used yet. */
    public synchronized int pending(Operation operation) {
        Deque<Fault> faults = planned.get(operation);
        return faults == null ? 0 : faults.size();
    }

    public synchronized void clear() {
        planned.clear();
    }

    /** Throws the next planned fault if it is one that comes before the call. */
    void beforeCall(Operation operation) {
        Fault fault = takeIf(operation, false);
        if (fault != null) {
            throw fault.exception().get();
        }
    }

    /** Throws the next planned fault if it is one that comes after the call did its work. */
    void afterCall(Operation operation) {
        Fault fault = takeIf(operation, true);
        if (fault != null) {
            throw fault.exception().get();
        }
    }

    private synchronized Fault takeIf(Operation operation, boolean afterWrite) {
        Deque<Fault> faults = planned.get(operation);
        if (faults == null || faults.isEmpty() || faults.peekFirst().afterWrite() != afterWrite) {
            return null;
        }
        return faults.pollFirst();
    }

    private synchronized void add(Operation operation, int calls, Fault fault) {
        Deque<Fault> faults = planned.computeIfAbsent(operation, o -> new ArrayDeque<>());
        for (int i = 0; i < calls; i++) {
            faults.addLast(fault);
        }
    }

    private record Fault(Supplier<? extends RuntimeException> exception, boolean afterWrite) {
    }

    /** What the planned calls do instead of succeeding. */
    public final class Plan {
        private final Operation operation;
        private final int calls;

        private Plan(Operation operation, int calls) {
            this.operation = operation;
            this.calls = calls;
        }

        /** The call is refused with 429 and a Retry-After, before anything changes. */
        public void throttled(Duration retryAfter) {
            Objects.requireNonNull(retryAfter, "retryAfter");
            fail(() -> new MailboxException.Throttled(operation.service(), retryAfter));
        }

        /** The call fails with this HTTP status before anything changes; 5xx counts as transient. */
        public void remoteFailure(int status) {
            fail(() -> new MailboxException.RemoteFailure(operation.service(), status, "injected fault",
                    status >= 500, null));
        }

        /** The call throws this exception before anything changes. */
        public void fail(Supplier<? extends RuntimeException> exception) {
            Objects.requireNonNull(exception, "exception");
            add(operation, calls, new Fault(exception, false));
        }

        /**
         * The change is made, then the call fails as a timeout (no HTTP status, transient): the caller
         * cannot tell whether it happened, and a retry must find it {@code ALREADY_SO}.
         */
        public void timeoutAfterWrite() {
            add(operation, calls, new Fault(() -> new MailboxException.RemoteFailure(operation.service(), 0,
                    "no answer in time", true, null), true));
        }
    }
}
