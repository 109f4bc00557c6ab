package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.MailboxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The tenant's budget of calls to Graph and to Exchange Online, shared by every conversation: at most so many calls
 * at once and so many a second per service ({@link CallSlots}: shared across instances where they share a database),
 * and when a service answers 429 with Retry-After, nobody calls it before then. Two admins listing at once so wait a
 * little for each other instead of getting each other throttled.
 */
public final class CallBudget {
    /** A call made within the budget; closing it frees its place. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Per service: calls at once (this instance), and calls a second (everyone sharing the slots). */
    public record Limits(int concurrency, CallSlots.Rate rate) {
        public Limits {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1");
            }
        }
    }

    /** The services, as calls and metrics name them. */
    public static final String GRAPH = GraphClient.SERVICE;

    public static final String EXCHANGE = ExchangeAdminClient.SERVICE;
    /**
     * Conservative defaults, well inside what Graph allows one app in one tenant (thousands of requests per ten
     * seconds for directory reads) and what Exchange Online's admin API answers without 429s in practice.
     */
    public static final Limits GRAPH_DEFAULT = new Limits(16, new CallSlots.Rate(100, 40));

    public static final Limits EXCHANGE_DEFAULT = new Limits(16, new CallSlots.Rate(50, 25));

    private final Map<String, Limits> limits;
    private final CallSlots slots;
    private final Duration longestWait;
    private final Clock clock;
    private final Map<String, Semaphore> places = new ConcurrentHashMap<>();

    /**
     * @param longestWait a call that would wait longer than this for its place or its moment is not made: it fails as
     *                    throttled, with the wait, as a call whose Retry-After is longer than the longest backoff does
     */
    public CallBudget(Map<String, Limits> limits, CallSlots slots, Duration longestWait, Clock clock) {
        this.limits = Map.copyOf(limits);
        this.slots = slots;
        this.longestWait = longestWait;
        this.clock = clock;
    }

    /** The default limits, kept by this instance alone. */
    public static CallBudget standard(Duration longestWait) {
        return new CallBudget(
                Map.of(GRAPH, GRAPH_DEFAULT, EXCHANGE, EXCHANGE_DEFAULT),
                new LocalCallSlots(),
                longestWait,
                Clock.systemUTC());
    }

    /** Waits for a place and a moment for a call to the service; what it waited is told to the observer. */
    public Permit take(String service, CallObserver observer) {
        Limits limit = limits.get(service);
        if (limit == null) {
            return () -> {};
        }
        Instant start = clock.instant();
        Semaphore place = places.computeIfAbsent(service, name -> new Semaphore(limit.concurrency(), true));
        boolean placed = false;
        try {
            placed = place.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
            if (!placed) {
                throw new MailboxException.RemoteFailure(
                        service,
                        0,
                        "more than " + limit.concurrency() + " calls at once for " + longestWait.toSeconds() + " s",
                        true,
                        null);
            }
            Instant at = slots.reserve(service, limit.rate(), clock.instant());
            long wait = Duration.between(clock.instant(), at).toMillis();
            if (wait > longestWait.toMillis()) {
                // The service asked everyone to wait longer than a call waits (a long Retry-After): not waited for.
                throw new MailboxException.Throttled(service, Duration.ofMillis(wait));
            }
            if (wait > 0) {
                Thread.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            place.release();
            throw new MailboxException.RemoteFailure(service, 0, "interrupted", false, e);
        } catch (RuntimeException e) {
            if (placed) {
                place.release();
            }
            throw e;
        }
        Duration waited = Duration.between(start, clock.instant());
        if (!waited.isZero() && !waited.isNegative()) {
            observer.waited(service, waited);
        }
        return place::release;
    }

    /**
     * The service said to wait: every call to it waits until then, or for as long as a call waits at most. A longer
     * Retry-After is said to the person whose call got it; the others' calls are held that long and then tried, so
     * that one throttled change does not stop every conversation for minutes.
     */
    public void backOff(String service, Duration retryAfter) {
        Limits limit = limits.get(service);
        if (limit != null && !retryAfter.isZero()) {
            Duration held = retryAfter.compareTo(longestWait) < 0 ? retryAfter : longestWait;
            slots.pauseUntil(service, limit.rate(), clock.instant().plus(held));
        }
    }
}
