package io.postkamer.dialogs.offboarding;

import java.util.Objects;
import java.util.Optional;

/**
 * What the administrator chose on the offboarding card.
 *
 * @param managerId       who gets Full Access to the mailbox (the person's manager by default), or none
 * @param automaticReply  the reply's words, or none for no automatic reply
 * @param removeOwnRights whether the person's own rights on other shared mailboxes are taken away, or only listed
 */
public record OffboardingPlan(
        Optional<String> managerId,
        String managerName,
        boolean managerSendAs,
        Optional<String> automaticReply,
        boolean hide,
        boolean removeLicences,
        boolean removeOwnRights) {
    public OffboardingPlan {
        Objects.requireNonNull(managerId, "managerId");
        Objects.requireNonNull(managerName, "managerName");
        Objects.requireNonNull(automaticReply, "automaticReply");
    }

    public OffboardingPlan removingOwnRights() {
        return new OffboardingPlan(managerId, managerName, managerSendAs, automaticReply, hide, removeLicences, true);
    }
}
