package io.postkamer.bot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.postkamer.mailbox.m365.CallObserver;
import java.time.Duration;

/**
 * Remote calls as metrics: {@code postkamer.remote.calls} by service, operation (the cmdlet, or the Graph method and
 * path without ids) and status, with their latency; {@code postkamer.remote.budget.wait} for the time calls waited for
 * the tenant's budget. A 429 is a status like any other, so throttling shows as {@code status="429"}.
 */
final class MicrometerCallObserver implements CallObserver {
    private final MeterRegistry registry;

    MicrometerCallObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void called(String service, String operation, int status, Duration took) {
        Timer.builder("postkamer.remote.calls")
                .description("Calls to Microsoft Graph and Exchange Online")
                .tag("service", service)
                .tag("operation", operation)
                .tag("status", String.valueOf(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    @Override
    public void waited(String service, Duration waited) {
        Timer.builder("postkamer.remote.budget.wait")
                .description("Time calls waited for the tenant's call budget")
                .tag("service", service)
                .register(registry)
                .record(waited);
    }
}
