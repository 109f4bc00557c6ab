package io.postkamer.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.m365.RetryNotice;
import java.util.function.Consumer;

/**
 * Each retry of a Graph or Exchange call counted as {@code postkamer.remote.retries} by reason and operation (the
 * mailbox service logs each one at INFO itself).
 */
public final class RemoteRetries implements Consumer<RetryNotice> {
    private final MeterRegistry registry;

    public RemoteRetries(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accept(RetryNotice notice) {
        String reason = reason(notice.cause());
        Counter.builder("postkamer.remote.retries")
                .description("Graph and Exchange calls tried again")
                .tag("reason", reason)
                .tag("operation", notice.operation())
                .register(registry)
                .increment();
    }

    private static String reason(Throwable cause) {
        if (cause instanceof MailboxException.Throttled) {
            return "throttled";
        }
        if (cause instanceof MailboxException.RemoteFailure failure) {
            return failure.status() == 0 ? "no answer" : String.valueOf(failure.status());
        }
        return cause == null ? "unknown" : cause.getClass().getSimpleName();
    }
}
