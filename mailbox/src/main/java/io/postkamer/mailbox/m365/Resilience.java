package io.postkamer.mailbox.m365;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.postkamer.mailbox.MailboxException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every remote operation is run: tried again after transient failures (after the Retry-After
 * the service asked for on 429/503, otherwise after an exponential, jittered, capped backoff), and
 * at most {@code perMailboxConcurrency} attempts at once on one mailbox. A Retry-After longer than
 * the cap is not waited for: the caller gets {@link MailboxException.Throttled} at once.
 * Each retry and each give-up is logged at INFO with the operation, the mailbox and the wait; the
 * log names cmdlets and paths, never a token or a request body.
 */
final class Resilience {
    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);
    /** The mailbox of the call running on this thread: Resilience4j's events do not carry it. */
    private static final ThreadLocal<String> MAILBOX = ThreadLocal.withInitial(() -> "");

    private final Microsoft365Settings settings;
    private final Retry retry;
    private final Cache<String, Bulkhead> bulkheads;
    private final BulkheadConfig bulkheadConfig;

    Resilience(Microsoft365Settings settings, Consumer<RetryNotice> onRetry) {
        this.settings = settings;
        IntervalFunction backoff =
                IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5, settings.maxBackoff());
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft()
                            && outcome.getLeft() instanceof MailboxException.Throttled throttled
                            && !throttled.retryAfter().isZero()) {
                        return throttled.retryAfter().toMillis();
                    }
                    return backoff.apply(attempt);
                })
                .build();
        this.retry = Retry.of("microsoft365", config);
        this.retry
                .getEventPublisher()
                .onRetry(event -> {
                    RetryNotice notice = new RetryNotice(
                            operation(event.getLastThrowable()),
                            MAILBOX.get(),
                            event.getNumberOfRetryAttempts(),
                            event.getWaitInterval(),
                            event.getLastThrowable());
                    LOG.info(
                            "{}{}: {}; trying again in {} ms (attempt {} of {})",
                            notice.operation(),
                            onMailbox(notice.mailbox()),
                            why(notice.cause()),
                            notice.waitFor().toMillis(),
                            notice.attempt() + 1,
                            settings.maxAttempts());
                    onRetry.accept(notice);
                })
                .onError(event -> LOG.info(
                        "{}{}: {}; gave up after {} attempts",
                        operation(event.getLastThrowable()),
                        onMailbox(MAILBOX.get()),
                        why(event.getLastThrowable()),
                        event.getNumberOfRetryAttempts()))
                .onIgnoredError(event -> {
                    if (event.getLastThrowable() instanceof MailboxException.Throttled throttled) {
                        LOG.info(
                                "{}{}: {}; gave up: the wait asked for is longer than {} ms",
                                operation(throttled),
                                onMailbox(MAILBOX.get()),
                                why(throttled),
                                settings.maxBackoff().toMillis());
                    }
                });
        this.bulkheadConfig = BulkheadConfig.custom()
                .maxConcurrentCalls(settings.perMailboxConcurrency())
                .maxWaitDuration(settings.requestTimeout())
                .build();
        this.bulkheads = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /**
     * Runs {@code attempt} (given the attempt number, from 1) until it succeeds, fails for good or the
     * attempts run out. {@code mailbox} names the mailbox the calls touch, or null for none.
     */
    <T> T run(String mailbox, IntFunction<T> attempt) {
        AtomicInteger number = new AtomicInteger();
        Bulkhead bulkhead = mailbox == null
                ? null
                : bulkheads.get(
                        mailbox.strip().toLowerCase(Locale.ROOT), key -> Bulkhead.of("mailbox " + key, bulkheadConfig));
        String outer = MAILBOX.get();
        MAILBOX.set(mailbox == null ? "" : mailbox);
        try {
            return retry.executeSupplier(() -> {
                int n = number.incrementAndGet();
                if (bulkhead == null) {
                    return attempt.apply(n);
                }
                try {
                    return bulkhead.executeSupplier(() -> attempt.apply(n));
                } catch (BulkheadFullException e) {
                    throw new MailboxException.RemoteFailure(
                            "mailbox " + mailbox,
                            0,
                            "more than " + settings.perMailboxConcurrency() + " calls at once",
                            true,
                            e);
                }
            });
        } finally {
            MAILBOX.set(outer);
        }
    }

    /**
     * A change on one mailbox, tried again on transient failures. {@code sent} tells a later attempt that an
     * earlier one sent the change, so it reads what is so before sending it again: a lost answer never
     * duplicates a change.
     */
    <T> T write(String mailbox, Function<AtomicBoolean, T> change) {
        AtomicBoolean sent = new AtomicBoolean();
        return run(mailbox, attempt -> change.apply(sent));
    }

    private static String operation(Throwable failure) {
        String operation = "";
        if (failure instanceof MailboxException.Throttled throttled) {
            operation = throttled.operation();
        } else if (failure instanceof MailboxException.RemoteFailure remote) {
            operation = remote.operation();
        }
        return operation.isEmpty() ? "Microsoft 365 call" : operation;
    }

    private static String onMailbox(String mailbox) {
        return mailbox.isEmpty() ? "" : " on " + mailbox;
    }

    /** The status and the service's error code or the wait asked for: what the exception says, never a body. */
    private static String why(Throwable failure) {
        if (failure instanceof MailboxException.Throttled throttled) {
            return "throttled, Retry-After " + throttled.retryAfter().toMillis() + " ms";
        }
        if (failure instanceof MailboxException.RemoteFailure remote) {
            return remote.status() == 0 ? "no answer" : "status " + remote.status();
        }
        return failure == null ? "failed" : failure.getClass().getSimpleName();
    }

    private boolean worthRetrying(Throwable failure) {
        if (failure instanceof MailboxException.NotReady) {
            return false; // provisioning takes minutes, not seconds
        }
        if (failure instanceof MailboxException.Throttled throttled) {
            return throttled.retryAfter().compareTo(settings.maxBackoff()) <= 0;
        }
        return failure instanceof MailboxException e && e.isTransient();
    }
}
