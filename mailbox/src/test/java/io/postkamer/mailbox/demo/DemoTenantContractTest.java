package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.MailboxServiceContract;
import java.time.Duration;

/** The mailbox service contract, on the embedded demo tenant. */
class DemoTenantContractTest extends MailboxServiceContract {
    private static final Duration DELAY = Duration.ofSeconds(5);
    private MutableClock clock;
    private DemoTenant tenant;

    @Override
    protected MailboxService newService() {
        clock = MutableClock.monday();
        tenant = DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withProvisioningDelay(DELAY));
        return tenant;
    }

    @Override
    protected MailboxService newHybridService() {
        DemoTenant hybrid = DemoTenant.load(DemoTenantSettings.contoso().withClock(MutableClock.monday()));
        hybrid.setHybrid(true);
        return hybrid;
    }

    @Override
    protected MailboxService newServiceAtScale(int sharedMailboxes, int people) {
        return ContosoAtScale.tenant(sharedMailboxes, people);
    }

    @Override
    protected AutoMapping madeElsewhere(boolean set) {
        return AutoMapping.of(set);
    }

    @Override
    protected void finishProvisioning() {
        clock.advance(DELAY);
    }

    @Override
    protected void throttleNextHealthRead(Duration retryAfter) {
        tenant.faults().next(DemoOperation.HEALTH_FACTS).throttle(retryAfter);
    }

    @Override
    protected void loseAnAnswerOfNextHealthRead() {
        tenant.faults().next(DemoOperation.HEALTH_FACTS).loseAnswer();
    }

    @Override
    protected void throttleNext(Call call, Duration retryAfter) {
        tenant.faults().next(operation(call)).throttle(retryAfter);
    }

    @Override
    protected void loseAnswerOfNext(Call call) {
        tenant.faults().next(operation(call)).loseAnswer();
    }

    private static DemoOperation operation(Call call) {
        return switch (call) {
            case SIGN_OUT_EVERYWHERE -> DemoOperation.SIGN_OUT_EVERYWHERE;
            case AUTOMATIC_REPLY -> DemoOperation.AUTOMATIC_REPLY;
            case SET_AUTOMATIC_REPLY -> DemoOperation.SET_AUTOMATIC_REPLY;
            case SET_SENT_ITEMS_COPIES -> DemoOperation.SET_SENT_ITEMS_COPIES;
        };
    }
}
