package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.MailboxServiceContract;
import java.time.Duration;

class DemoTenantContractTest extends MailboxServiceContract {
    private static final Duration PROVISIONING = Duration.ofMinutes(3);

    private final MutableClock clock = MutableClock.atDemoStart();

    @Override
    protected MailboxService newService() {
        return DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withProvisioningDelay(PROVISIONING));
    }

    @Override
    protected void finishProvisioning() {
        clock.advance(PROVISIONING);
    }
}
