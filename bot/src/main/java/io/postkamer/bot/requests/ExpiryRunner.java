package io.postkamer.bot.requests;

import io.postkamer.dialogs.requests.AccessExpiry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks for due jobs every interval, on one background thread, from start until the application stops. */
public final class ExpiryRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiryRunner.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread worker = new Thread(runnable, "access-expiry");
        worker.setDaemon(true);
        return worker;
    });

    public ExpiryRunner(AccessExpiry expiry, Duration interval) {
        thread.scheduleWithFixedDelay(
                () -> {
                    try {
                        expiry.runDue();
                    } catch (RuntimeException failure) {
                        // The database may be away for a moment; the next round tries again.
                        LOG.warn("Could not run due jobs", failure);
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
