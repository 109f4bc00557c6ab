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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * How every remote operation is run: tried again after transient failures (after the Retry-After
 * the service asked for on 429/503, otherwise after an exponential, jittered, capped backoff), and
 * at most {@code perMailboxConcurrency} attempts at once on one mailbox. A Retry-After longer than
 * the cap is not waited for: the caller gets {@link MailboxException.Throttled} at once.
 */
final class Resilience {
    private final Microsoft365Settings settings;
    private final Retry retry;
    private final Cache<String, Bulkhead> bulkheads;
    private final BulkheadConfig bulkheadConfig;

    Resilience(Microsoft365Settings settings, Consumer<RetryNotice> onRetry) {
        this.settings = settings;
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5,
                settings.maxBackoff());
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft() && outcome.getLeft() instanceof MailboxException.Throttled throttled
                            && !throttled.retryAfter().isZero()) {
                        return throttled.retryAfter().toMillis();
                    }
                    return backoff.apply(attempt);
                })
                .build();
        this.retry = Retry.of("microsoft365", config);
        this.retry.getEventPublisher().onRetry(event -> onRetry.accept(new RetryNotice(event.getName(),
                event.getNumberOfRetryAttempts(), event.getWaitInterval(), event.getLastThrowable())));
        this.bulkheadConfig = BulkheadConfig.custom()
                .maxConcurrentCalls(settings.perMailboxConcurrency())
                .maxWaitDuration(settings.requestTimeout())
                .build();
        this.bulkheads = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /**
     * Runs {@code attempt} (given the attempt number, from 1) until it succeeds, fails for good or the
     * attempts run out. {@code mailbox} names the mailbox the calls touch, or null for none.
     */
    <T> T run(String mailbox, IntFunction<T> attempt) {
        AtomicInteger number = new AtomicInteger();
        Bulkhead bulkhead = mailbox == null ? null
                : bulkheads.get(mailbox.strip().toLowerCase(Locale.ROOT), key -> Bulkhead.of("mailbox " + key, bulkheadConfig));
        return retry.executeSupplier(() -> {
            int n = number.incrementAndGet();
            if (bulkhead == null) {
                return attempt.apply(n);
            }
            try {
                return bulkhead.executeSupplier(() -> attempt.apply(n));
            } catch (BulkheadFullException e) {
                throw new MailboxException.RemoteFailure("mailbox " + mailbox, 0,
                        "more than " + settings.perMailboxConcurrency() + " calls at once", true, e);
            }
        });
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
