package io.postkamer.mailbox.m365;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.postkamer.mailbox.MailboxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ResilienceTest {
    private final Microsoft365Settings settings = Microsoft365Settings.of(
                    "t", "c", new Microsoft365Settings.ClientSecret("s"))
            .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2))
            .withPerMailboxConcurrency(2);

    @Test
    @DisplayName("at most two calls at once on one mailbox; other mailboxes are not held up")
    void boundedPerMailbox() throws Exception {
        Resilience resilience = new Resilience(settings, n -> {});
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
                }))
                .isInstanceOf(MailboxException.Throttled.class);
        assertThat(attempts).hasValue(1);
        assertThat(notices).isEmpty();
    }

    @Test
    @DisplayName("transient failures are tried maxAttempts times in all, then the last failure is thrown")
    void givesUpAfterMaxAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> new Resilience(settings, n -> {}).run(null, attempt -> {
                    attempts.incrementAndGet();
                    throw new MailboxException.RemoteFailure("Graph", 502, "bad gateway", true, null);
                }))
                .isInstanceOf(MailboxException.RemoteFailure.class);
        assertThat(attempts).hasValue(3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("each retry and give-up is logged at INFO with the operation, the mailbox and the wait, and no body")
    void retriesAndGiveUpsAreLogged() {
        Logger logger = (Logger) LoggerFactory.getLogger(Resilience.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            List<RetryNotice> notices = new ArrayList<>();
            Resilience resilience = new Resilience(settings, notices::add);
            assertThatThrownBy(() -> resilience.run("receptie32@contoso.com", attempt -> {
                        throw attempt == 1
                                ? new MailboxException.Throttled(
                                        "Exchange Online", "Add-MailboxPermission", Duration.ofMillis(20))
                                : new MailboxException.RemoteFailure(
                                        "Exchange Online",
                                        "Add-MailboxPermission",
                                        503,
                                        "{\"secret\":\"body\"}",
                                        true,
                                        null);
                    }))
                    .isInstanceOf(MailboxException.RemoteFailure.class);
            assertThatThrownBy(() -> resilience.run(null, attempt -> {
                        throw new MailboxException.Throttled("Graph", "GET /users/{id}", Duration.ofMinutes(5));
                    }))
                    .isInstanceOf(MailboxException.Throttled.class);

            List<String> lines = log.list.stream()
                    .filter(e -> e.getLevel() == Level.INFO)
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
            assertThat(lines)
                    .containsExactly(
                            "Add-MailboxPermission on receptie32@contoso.com: throttled, Retry-After 20 ms; trying again in 20 ms"
                                    + " (attempt 2 of 3)",
                            lines.get(1),
                            "Add-MailboxPermission on receptie32@contoso.com: status 503; gave up after 3 attempts",
                            "GET /users/{id}: throttled, Retry-After 300000 ms; gave up: the wait asked for is longer than"
                                    + " 2000 ms");
            assertThat(lines.get(1))
                    .startsWith("Add-MailboxPermission on receptie32@contoso.com: status 503; trying again in ");
            assertThat(lines).noneMatch(line -> line.contains("secret"));
            assertThat(notices)
                    .extracting(RetryNotice::operation, RetryNotice::mailbox, RetryNotice::attempt)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Add-MailboxPermission", "receptie32@contoso.com", 1),
                            org.assertj.core.groups.Tuple.tuple("Add-MailboxPermission", "receptie32@contoso.com", 2));
        } finally {
            logger.detachAppender(log);
        }
    }
}
