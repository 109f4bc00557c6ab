package io.postkamer.dialogs.testing;

import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.DemoTenantSettings;
import io.postkamer.mailbox.demo.MutableClock;
import java.time.Duration;

/** The embedded Contoso demo tenant (mailbox/DEMO-TENANT.md) as the conversation tests start it. */
public final class ContosoTenant {
    /** How long a new mailbox provisions in {@link #provisioning}; moving the clock this far makes it ready. */
    public static final Duration PROVISIONING = Duration.ofMinutes(5);

    private ContosoTenant() {}

    /** A new shared mailbox is ready at once. */
    public static DemoTenant readyAtOnce() {
        return DemoTenant.load(
                DemoTenantSettings.contoso().withClock(MutableClock.monday()).withProvisioningDelay(Duration.ZERO));
    }

    /** A new shared mailbox provisions until the test moves {@code clock} on by {@link #PROVISIONING}. */
    public static DemoTenant provisioning(MutableClock clock) {
        return DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withProvisioningDelay(PROVISIONING));
    }
}
