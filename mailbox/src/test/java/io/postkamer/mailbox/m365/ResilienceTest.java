package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.MailboxException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResilienceTest {
    private final Microsoft365Settings settings = Microsoft365Settings.of("t", "c", new Microsoft365Settings.ClientSecret("s"))
            .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2)).withPerMailboxConcurrency(2);

    @Test
    @DisplayName("at most two calls at once on one mailbox; other mailboxes are not held up")
    void boundedPerMailbox() throws Exception {
        Resilience resilience = new Resilience(settings, n -> { });
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch otherMailboxRan = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> resilience.run("Receptie32@contoso.com", attempt -> {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    sleep(150);
                    inFlight.decrementAndGet();
                    return null;
                })));
            }
            pool.submit(() -> resilience.run("facturen@contoso.com", attempt -> {
                otherMailboxRan.countDown();
                return null;
            }));
            assertThat(otherMailboxRan.await(5, TimeUnit.SECONDS)).isTrue();
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("a Retry-After longer than the cap is not waited for: the caller hears THROTTLED at once")
    void longRetryAfterGoesToCaller() {
        List<RetryNotice> notices = new ArrayList<>();
        Resilience resilience = new Resilience(settings, notices::add);
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> resilience.run(null, attempt -> {
            attempts.incrementAndGet();
            throw new MailboxException.Throttled("Exchange Online", Duration.ofMinutes(5));
        })).isInstanceOf(MailboxException.Throttled.class);
        assertThat(attempts).hasValue(1);
        assertThat(notices).isEmpty();
    }

    @Test
    @DisplayName("transient failures are tried maxAttempts times in all, then the last failure is thrown")
    void givesUpAfterMaxAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new Resilience(settings, n -> { }).run(null, attempt -> {
            attempts.incrementAndGet();
            throw new MailboxException.RemoteFailure("Graph", 502, "bad gateway", true, null);
        })).isInstanceOf(MailboxException.RemoteFailure.class);
        assertThat(attempts).hasValue(3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
