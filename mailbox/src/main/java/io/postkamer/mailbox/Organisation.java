package io.postkamer.mailbox;

import java.util.List;
import java.util.Objects;

/**
 * Facts about the tenant. A hybrid organisation manages shared mailboxes in the on-premises
 * Exchange admin centre, so nothing is created from here.
 */
public record Organisation(String tenantId, String displayName, boolean hybrid, List<AcceptedDomain> acceptedDomains) {
    public Organisation {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(displayName, "displayName");
        acceptedDomains = List.copyOf(acceptedDomains);
    }

    public AcceptedDomain defaultDomain() {
        return acceptedDomains.stream()
                .filter(AcceptedDomain::isDefault)
                .findFirst()
                .orElse(acceptedDomains.get(0));
    }
}
