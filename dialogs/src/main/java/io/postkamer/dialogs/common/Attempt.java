package io.postkamer.dialogs.common;

import io.postkamer.mailbox.MailboxException;
import java.util.Optional;

/** The outcome of a mailbox call: its value, or the {@link MailboxException} that refused it. */
public record Attempt<T>(Optional<T> value, Optional<MailboxException> failure) {
    public static <T> Attempt<T> succeeded(T value) {
        return new Attempt<>(Optional.of(value), Optional.empty());
    }

    public static <T> Attempt<T> failed(MailboxException failure) {
        return new Attempt<>(Optional.empty(), Optional.of(failure));
    }

    public boolean isFailure() {
        return failure.isPresent();
    }

    public T get() {
        return value.orElseThrow(() -> failure.orElseThrow());
    }

    public MailboxException problem() {
        return failure.orElseThrow();
    }
}
