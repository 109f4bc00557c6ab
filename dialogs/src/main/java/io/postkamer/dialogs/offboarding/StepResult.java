package io.postkamer.dialogs.offboarding;

import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.Right;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What came of one step, as observed: done, already so, not asked for, left undone for a reason that will not pass
 * by itself, or failed (tried again when the offboarding is resumed).
 *
 * @param rights the person's rights on other shared mailboxes a step found, removed or left
 */
public record StepResult(Status status, Message message, List<HeldRight> rights, Instant at) {
    public enum Status {
        DONE,
        ALREADY_SO,
        NOT_ASKED,
        LEFT,
        FAILED;

        /** Whether the step is over: all but a failure, which a resume tries again. */
        public boolean settled() {
            return this != FAILED;
        }
    }

    /** A right the person holds on another shared mailbox. */
    public record HeldRight(String mailboxId, String mailboxName, Right right) {}

    public StepResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        rights = List.copyOf(rights);
        Objects.requireNonNull(at, "at");
    }

    public static StepResult of(Status status, Instant at, String key, String... arguments) {
        return new StepResult(status, Message.of(key, arguments), List.of(), at);
    }
}
