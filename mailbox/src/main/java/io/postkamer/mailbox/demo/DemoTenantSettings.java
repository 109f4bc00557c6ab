package io.postkamer.mailbox.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a demo tenant.
 *
 * @param seed              a classpath resource ({@code classpath:demo-tenant/contoso.json}) or a file path
 * @param provisioningDelay how long a new shared mailbox stays PROVISIONING (Exchange takes minutes)
 * @param clock             decides when provisioning ends and what "today" is for the seed's events
 * @param snapshotStore     where the state is loaded from and saved to after every change
 */
public record DemoTenantSettings(
        String seed, Duration provisioningDelay, Clock clock, DemoTenantSnapshotStore snapshotStore) {
    public static final String CONTOSO = "classpath:demo-tenant/contoso.json";
    public static final Duration DEFAULT_PROVISIONING_DELAY = Duration.ofSeconds(5);

    public DemoTenantSettings {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(provisioningDelay, "provisioningDelay");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(snapshotStore, "snapshotStore");
        if (provisioningDelay.isNegative()) {
            throw new IllegalArgumentException("provisioningDelay must not be negative");
        }
    }

    /** Contoso, five seconds of provisioning, the system clock, nothing persisted. */
    public static DemoTenantSettings contoso() {
        return new DemoTenantSettings(
                CONTOSO, DEFAULT_PROVISIONING_DELAY, Clock.systemUTC(), DemoTenantSnapshotStore.NONE);
    }

    public DemoTenantSettings withSeed(String newSeed) {
        return new DemoTenantSettings(newSeed, provisioningDelay, clock, snapshotStore);
    }

    public DemoTenantSettings withProvisioningDelay(Duration delay) {
        return new DemoTenantSettings(seed, delay, clock, snapshotStore);
    }

    public DemoTenantSettings withClock(Clock newClock) {
        return new DemoTenantSettings(seed, provisioningDelay, newClock, snapshotStore);
    }

    public DemoTenantSettings withSnapshotStore(DemoTenantSnapshotStore store) {
        return new DemoTenantSettings(seed, provisioningDelay, clock, store);
    }
}
