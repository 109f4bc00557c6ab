package io.postkamer.mailbox;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every failure of the mailbox service. The {@link Problem} says what happened; {@link #arguments()}
 * fill in its text (an address, a name). The English {@link #getMessage()} is for logs.
 */
public abstract sealed class MailboxException extends RuntimeException {
    private final Problem problem;
    private final List<String> arguments;

    MailboxException(Problem problem, String message, List<String> arguments, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem);
        this.arguments = List.copyOf(arguments);
    }

    public Problem problem() {
        return problem;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** Whether trying the same operation again later may succeed. */
    public boolean isTransient() {
        return false;
    }

    public static final class NotFound extends MailboxException {
        public NotFound(Problem problem, String what) {
            super(problem, problem + ": " + what, List.of(what), null);
        }
    }

    public static final class AlreadyExists extends MailboxException {
        public AlreadyExists(Problem problem, String what) {
            super(problem, problem + ": " + what, List.of(what), null);
        }
    }

    public static final class NotAuthorised extends MailboxException {
        public NotAuthorised(String who) {
            super(Problem.NOT_AUTHORISED, "not authorised: " + who, List.of(who), null);
        }
    }

    /**
     * The press was about something it may not touch: a person where a shared mailbox belongs, a right
     * the member does not hold, a flow someone else started. Nothing was changed; it is a refusal.
     */
    public static final class OutOfScope extends MailboxException {
        public OutOfScope(Problem problem, String... arguments) {
            super(problem, problem + ": " + String.join(", ", arguments), List.of(arguments), null);
        }
    }

    public static final class InvalidInput extends MailboxException {
        public InvalidInput(Problem problem, String... arguments) {
            super(problem, problem + ": " + String.join(", ", arguments), List.of(arguments), null);
        }
    }

    /** The mailbox exists but Exchange has not finished provisioning it; trying again in a few minutes works. */
    public static final class NotReady extends MailboxException {
        public NotReady(String mailbox) {
            super(Problem.MAILBOX_NOT_READY, "mailbox not ready yet: " + mailbox, List.of(mailbox), null);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    public static final class Throttled extends MailboxException {
        private final Duration retryAfter;
        private final String operation;

        public Throttled(String service, Duration retryAfter) {
            this(service, "", retryAfter);
        }

        /** @param operation the cmdlet, or the Graph method and path without ids, for the log; never data */
        public Throttled(String service, String operation, Duration retryAfter) {
            super(
                    Problem.THROTTLED,
                    service + " throttled, retry after " + retryAfter,
                    List.of(service, Long.toString(retryAfter.toSeconds())),
                    null);
            this.retryAfter = retryAfter;
            this.operation = operation;
        }

        /** What was throttled (a cmdlet, or a Graph method and path without ids), or empty when not known. */
        public String operation() {
            return operation;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    public static final class RemoteFailure extends MailboxException {
        private final boolean isTransient;
        private final int status;
        private final String operation;

        public RemoteFailure(String service, int status, String detail, boolean isTransient, Throwable cause) {
            this(service, "", status, detail, isTransient, cause);
        }

        /** @param operation the cmdlet, or the Graph method and path without ids, for the log; never data */
        public RemoteFailure(
                String service, String operation, int status, String detail, boolean isTransient, Throwable cause) {
            super(
                    Problem.REMOTE_FAILURE,
                    service + " failed (" + status + "): " + detail,
                    List.of(service, detail),
                    cause);
            this.isTransient = isTransient;
            this.status = status;
            this.operation = operation;
        }

        /** What failed (a cmdlet, or a Graph method and path without ids), or empty when not known. */
        public String operation() {
            return operation;
        }

        /** The HTTP status, or 0 when no answer came (timeout, connection reset). */
        public int status() {
            return status;
        }

        public Optional<Integer> httpStatus() {
            return status == 0 ? Optional.empty() : Optional.of(status);
        }

        @Override
        public boolean isTransient() {
            return isTransient;
        }
    }
}
