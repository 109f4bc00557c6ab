package io.postkamer.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.m365.RetryNotice;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each retry of a Graph or Exchange call, logged at INFO with why and how long it waits (the reason is the status and
 * the service's error code, never a token), and counted as {@code postkamer.remote.retries} by reason.
 */
public final class RemoteRetries implements Consumer<RetryNotice> {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteRetries.class);
    private final MeterRegistry registry;

    public RemoteRetries(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accept(RetryNotice notice) {
        String reason = reason(notice.cause());
        LOG.info("Microsoft 365 call failed for now ({}), attempt {}: trying again in {} ms", describe(notice.cause()),
                notice.attempt(), notice.waitFor().toMillis());
        Counter.builder("postkamer.remote.retries").description("Graph and Exchange calls tried again")
                .tag("reason", reason).register(registry).increment();
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

    private static String describe(Throwable cause) {
        return cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
