package io.postkamer.bot.requests;

import io.postkamer.dialogs.requests.AccessExpiry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one round of work every interval (due jobs, access reviews, the health report's post), on one background
 * thread of its own, from start until the application stops.
 */
public final class ExpiryRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryRunner.class);

    private final ScheduledExecutorService thread;

    public ExpiryRunner(AccessExpiry expiry, Duration interval) {
        this("access-expiry", expiry::runDue, interval);
    }

    /** @param name the thread's name, as logs and thread dumps show it */
    public ExpiryRunner(String name, Runnable round, Duration interval) {
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, name);
            worker.setDaemon(true);
            return worker;
        });
        thread.scheduleWithFixedDelay(
                () -> {
                    try {
                        round.run();
                    } catch (RuntimeException failure) {
                        // The database may be away for a moment; the next round tries again.
                        LOG.warn("Could not run the round of {}", name, failure);
                    }
                },
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
