package io.postkamer.dialogs.health;

import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TrusteeStatus;
import java.util.Arrays;
import java.util.List;

/**
 * What a fix of the health report may touch, read from the tenant at the moment of the press, never from the card:
 * the finding must be there now. A fix pressed for what the report does not find is refused
 * ({@link Problem#NO_SUCH_FINDING}), as a right the mailbox does not hold or a licence it does not have; the
 * shared mailbox itself is checked as every change of the overview checks it.
 */
final class HealthScope {
    private HealthScope() {}

    /** A licence the shared mailbox has directly while it needs none. */
    static Licence unneededLicence(Mailbox box, String skuId) {
        Licence licence = box.account().licences().stream()
                .filter(held -> held.skuId().equalsIgnoreCase(skuId))
                .findFirst()
                .orElseThrow(() -> new MailboxException.OutOfScope(Problem.LICENCE_NOT_ASSIGNED, box.displayName()));
        if (licence.assignedByGroup()) {
            throw new MailboxException.OutOfScope(Problem.LICENCE_ASSIGNED_BY_GROUP, licence.productName());
        }
        if (box.storage().needsLicence()) {
            throw new MailboxException.OutOfScope(Problem.NO_SUCH_FINDING, box.displayName());
        }
        return licence;
    }

    /** The right as a disabled or deleted account holds it on the mailbox; anyone else's is no finding. */
    static HeldPermission heldByAccountGone(MailboxService service, Mailbox box, String trusteeId, String right) {
        Right asked = Arrays.stream(Right.values())
                .filter(candidate -> candidate.name().equals(right))
                .findFirst()
                .orElseThrow(() -> notHeld(service, box, trusteeId));
        HeldPermission held = permissions(service, box).stream()
                .filter(permission -> permission.isHeldBy(trusteeId) && permission.right() == asked)
                .findFirst()
                .orElseThrow(() -> notHeld(service, box, trusteeId));
        if (!Findings.isGone(held)) {
            throw new MailboxException.OutOfScope(Problem.NO_SUCH_FINDING, box.displayName());
        }
        return held;
    }

    /** A hidden mailbox that someone may send as or on behalf of; hidden without such rights is no finding. */
    static void sentFromWhileHidden(MailboxService service, Mailbox box) {
        if (permissions(service, box).stream().noneMatch(Findings::sendsWhileHidden)) {
            throw new MailboxException.OutOfScope(Problem.NO_SUCH_FINDING, box.displayName());
        }
    }

    /** Full Access as a group holds it on the mailbox; a person's right, or a group's other right, is no finding. */
    static HeldPermission groupFullAccess(MailboxService service, Mailbox box, String groupId) {
        return permissions(service, box).stream()
                .filter(held -> held.isHeldBy(groupId)
                        && held.right() == Right.FULL_ACCESS
                        && held.trustee() == TrusteeStatus.GROUP)
                .findFirst()
                .orElseThrow(() -> new MailboxException.OutOfScope(Problem.NO_SUCH_FINDING, box.displayName()));
    }

    private static MailboxException notHeld(MailboxService service, Mailbox box, String trusteeId) {
        String name;
        try {
            name = service.person(trusteeId).map(Person::displayName).orElse(trusteeId);
        } catch (MailboxException unknown) {
            name = trusteeId;
        }
        return new MailboxException.OutOfScope(Problem.RIGHT_NOT_HELD, box.displayName(), name);
    }

    private static List<HeldPermission> permissions(MailboxService service, Mailbox box) {
        return service.healthFacts(HealthScan.of(box.id()))
                .of(box.id())
                .map(SharedMailboxFacts::permissions)
                .orElseThrow(() -> new MailboxException.OutOfScope(Problem.NOT_A_SHARED_MAILBOX, box.displayName()));
    }
}
