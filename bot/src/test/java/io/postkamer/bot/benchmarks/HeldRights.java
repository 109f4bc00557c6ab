package io.postkamer.bot.benchmarks;

import io.postkamer.mailbox.Contoso;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.demo.DemoTenant;
import java.util.ArrayList;
import java.util.List;

/** The rights a person holds in a tenant at scale, for the benchmarks that copy or take them away. */
final class HeldRights {
    private HeldRights() {}

    /**
     * Flip Schoonen gets Full Access (with automapping) on {@code held} mailboxes spread evenly over the tenant's
     * {@code mailboxes}, and Send As on every other one of them; returns those mailboxes' ids, in order.
     */
    static List<String> flipHolds(DemoTenant tenant, int mailboxes, int held) {
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= held; n++) {
            String mailbox = ContosoAtScale.mailboxId(n * (mailboxes / held) - 1);
            tenant.grant(mailbox, Contoso.FLIP, Right.FULL_ACCESS, true);
            if (n % 2 == 0) {
                tenant.grant(mailbox, Contoso.FLIP, Right.SEND_AS, false);
            }
            ids.add(mailbox);
        }
        return ids;
    }
}
