package io.postkamer.bot.delivery;

import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import io.github.resilience4j.core.IntervalFunction;
import io.postkamer.dialogs.requests.ProactiveMessenger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proactive messages queued per conversation and paced to Teams' limits ({@link RateLimits}): one
 * conversation's messages go out one after the other, in order, each at the earliest moment every
 * window allows. A refusal Teams says to retry (429, 412, 502, 504) is sent again after its
 * Retry-After, else after an exponential backoff with jitter; a message is only sent again after such an
 * answer, so it never arrives twice. Conversations do not wait for each other.
 */
public final class PacedMessenger implements ProactiveMessenger, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PacedMessenger.class);
    private static final Set<Integer> RETRYABLE = Set.of(429, 412, 502, 504);

    private final ProactiveMessenger connector;
    private final AtomicInteger pending = new AtomicInteger();
    private final int maxAttempts;
    private final IntervalFunction backoff;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final ExecutorService senders;
    private final SendLedger ledger;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public PacedMessenger(ProactiveMessenger connector, RateLimits limits, int maxAttempts, Duration firstBackoff) {
        this(connector, new LocalSendLedger(limits), maxAttempts, firstBackoff);
    }

    /** @param ledger where sends are counted: this instance's, or the database every instance shares */
    public PacedMessenger(ProactiveMessenger connector, SendLedger ledger, int maxAttempts, Duration firstBackoff) {
        this.connector = connector;
        this.ledger = ledger;
        this.maxAttempts = maxAttempts;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(firstBackoff, 2.0, 0.5);
        this.clock = Clock.systemUTC();
        AtomicInteger number = new AtomicInteger();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "proactive-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.senders = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "proactive-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The message to send, the same activity for every attempt, and who hears of a refusal that will be retried. */
    private record Message(Activity activity, Consumer<Throwable> refusedForNow) {}

    public static PacedMessenger forTeams(ProactiveMessenger connector) {
        return new PacedMessenger(connector, RateLimits.teams(), 8, Duration.ofMillis(500));
    }

    /** Teams' limits kept with every instance that shares the ledger. */
    public static PacedMessenger forTeams(ProactiveMessenger connector, SendLedger shared) {
        return new PacedMessenger(connector, shared, 8, Duration.ofMillis(500));
    }

    @Override
    public CompletableFuture<Void> send(ConversationReference to, Activity message) {
        return send(to, message, refusal -> {});
    }

    @Override
    public CompletableFuture<Void> send(ConversationReference to, Activity message, Consumer<Throwable> refusedForNow) {
        String conversation = to.getConversation().getId();
        CompletableFuture<Void> mine = new CompletableFuture<>();
        pending.incrementAndGet();
        mine.whenComplete((done, failed) -> pending.decrementAndGet());
        tails.compute(conversation, (id, before) -> {
            CompletableFuture<Void> start =
                    before == null ? CompletableFuture.completedFuture(null) : before.handle((done, failed) -> null);
            start.thenRun(
                    () -> attempt(conversation, to, new Message(message, refusedForNow), 1, clock.instant(), mine));
            return mine.handle((done, failed) -> (Void) null);
        });
        mine.whenComplete(
                (done, failed) -> tails.computeIfPresent(conversation, (id, tail) -> tail.isDone() ? null : tail));
        return mine;
    }

    private void attempt(
            String conversation,
            ConversationReference to,
            Message message,
            int attempt,
            Instant notBefore,
            CompletableFuture<Void> result) {
        long wait = Math.max(0, Duration.between(clock.instant(), notBefore).toMillis());
        timer.schedule(() -> sendWhenAllowed(conversation, to, message, attempt, result), wait, TimeUnit.MILLISECONDS);
    }

    /**
     * Reserves the moment every window allows (counted from then, for every instance that shares the ledger), and
     * sends then. Each attempt counts, also one Teams answered with 429.
     */
    private void sendWhenAllowed(
            String conversation,
            ConversationReference to,
            Message message,
            int attempt,
            CompletableFuture<Void> result) {
        senders.execute(() -> {
            SendLedger.Reserved reserved;
            try {
                reserved = ledger.reserve(conversation, clock.instant());
            } catch (RuntimeException ledgerDown) {
                retryOrGiveUp(
                        conversation,
                        to,
                        message,
                        attempt,
                        result,
                        ledgerDown,
                        Optional.of(Duration.ofMillis(backoff.apply(attempt))));
                return;
            }
            long wait =
                    Math.max(0, Duration.between(clock.instant(), reserved.at()).toMillis());
            if (wait == 0) {
                sendNow(reserved, to, message, attempt, result);
            } else {
                timer.schedule(
                        () -> senders.execute(() -> sendNow(reserved, to, message, attempt, result)),
                        wait,
                        TimeUnit.MILLISECONDS);
            }
        });
    }

    private void sendNow(
            SendLedger.Reserved reserved,
            ConversationReference to,
            Message message,
            int attempt,
            CompletableFuture<Void> result) {
        CompletableFuture<Void> sent;
        try {
            sent = connector.send(to, message.activity());
        } catch (RuntimeException failure) {
            sent = CompletableFuture.failedFuture(failure);
        }
        sent.whenComplete((done, failure) -> {
            try {
                ledger.sent(reserved, clock.instant());
            } catch (RuntimeException ledgerDown) {
                LOG.warn("Could not count a send to conversation {}", reserved.conversationId(), ledgerDown);
            }
            if (failure == null) {
                result.complete(null);
                return;
            }
            retryOrGiveUp(
                    reserved.conversationId(), to, message, attempt, result, failure, retryDelay(failure, attempt));
        });
    }

    private void retryOrGiveUp(
            String conversation,
            ConversationReference to,
            Message message,
            int attempt,
            CompletableFuture<Void> result,
            Throwable failure,
            Optional<Duration> retryIn) {
        if (retryIn.isEmpty() || attempt >= maxAttempts) {
            LOG.warn("Gave up sending to conversation {} after {} attempts", conversation, attempt, failure);
            result.completeExceptionally(failure);
            return;
        }
        LOG.info(
                "Conversation {}: attempt {} refused ({}), sending again in {} ms",
                conversation,
                attempt,
                cause(failure),
                retryIn.get().toMillis());
        try {
            message.refusedForNow().accept(failure);
        } catch (RuntimeException listenerFailed) {
            LOG.warn("A delivery listener failed", listenerFailed);
        }
        attempt(conversation, to, message, attempt + 1, clock.instant().plus(retryIn.get()), result);
    }

    /** How long to wait before trying again, or empty when trying again would not help. */
    private Optional<Duration> retryDelay(Throwable failure, int attempt) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof RestException rest)
                || rest.response() == null
                || !RETRYABLE.contains(rest.response().code())) {
            return Optional.empty();
        }
        Duration jittered = Duration.ofMillis(backoff.apply(attempt));
        return Optional.of(
                retryAfter(rest).filter(after -> after.compareTo(jittered) > 0).orElse(jittered));
    }

    private static String cause(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RestException rest && rest.response() != null
                ? "HTTP " + rest.response().code()
                : cause.getClass().getSimpleName();
    }

    private static Optional<Duration> retryAfter(RestException rest) {
        String header = rest.response().headers().get("Retry-After");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(header.strip()) * 1000)));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }

    /** Messages accepted and not yet delivered or given up: waiting for their slot, or for a retry. */
    public int pending() {
        return pending.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        senders.shutdownNow();
    }
}
