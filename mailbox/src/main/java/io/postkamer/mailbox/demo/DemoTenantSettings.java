package io.postkamer.mailbox.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a demo tenant starts.
 *
 * @param seed              the seed file: {@code classpath:…} or a file path
 * @param provisioningDelay how long a new shared mailbox stays PROVISIONING (zero: ready at once)
 * @param clock             the time the tenant lives in; tests pass a clock they move themselves
 * @param hybrid            overrides the seed's {@code organisation.hybrid} when present
 * @param snapshotStore     where the state is saved after each change and loaded from at start
 */
public record DemoTenantSettings(String seed, Duration provisioningDelay, Clock clock, Optional<Boolean> hybrid,
                                 Optional<DemoTenantSnapshotStore> snapshotStore) {
    public static final String CONTOSO = DemoTenantJson.CLASSPATH_PREFIX + "demo-tenant/contoso.json";
    public static final Duration DEFAULT_PROVISIONING_DELAY = Duration.ofSeconds(5);

    public DemoTenantSettings {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(provisioningDelay, "provisioningDelay");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(hybrid, "hybrid");
        Objects.requireNonNull(snapshotStore, "snapshotStore");
        if (provisioningDelay.isNegative()) {
            throw new IllegalArgumentException("provisioningDelay must not be negative");
        }
    }

    /** Contoso, five seconds of provisioning, the system clock, no persistence. */
    public static DemoTenantSettings contoso() {
        return new DemoTenantSettings(CONTOSO, DEFAULT_PROVISIONING_DELAY, Clock.systemUTC(), Optional.empty(),
                Optional.empty());
    }

    public DemoTenantSettings withSeed(String newSeed) {
        return new DemoTenantSettings(newSeed, provisioningDelay, clock, hybrid, snapshotStore);
    }

    public DemoTenantSettings withProvisioningDelay(Duration delay) {
        return new DemoTenantSettings(seed, delay, clock, hybrid, snapshotStore);
    }

    public DemoTenantSettings withClock(Clock newClock) {
        return new DemoTenantSettings(seed, provisioningDelay, newClock, hybrid, snapshotStore);
    }

    public DemoTenantSettings withHybrid(boolean isHybrid) {
        return new DemoTenantSettings(seed, provisioningDelay, clock, Optional.of(isHybrid), snapshotStore);
    }

    public DemoTenantSettings withSnapshotStore(DemoTenantSnapshotStore store) {
        return new DemoTenantSettings(seed, provisioningDelay, clock, hybrid, Optional.of(store));
    }
}
