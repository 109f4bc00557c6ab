package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.DeletedAccounts;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.TenantState.DelegateKey;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The rights held on a demo mailbox, granted and revoked as Exchange does: idempotent, by trustee and right. */
final class Delegations {
    private Delegations() {}

    /**
     * Every right held by a person or group, by the trustee's name, then id, then right. A deleted account's right is
     * left out, as the Microsoft 365 client leaves out the security identifiers Exchange shows; a health report
     * lists it.
     */
    static List<PermissionGrant> of(TenantState s, MailboxState m) {
        List<PermissionGrant> grants = new ArrayList<>();
        for (Map.Entry<DelegateKey, Boolean> d : m.delegates.entrySet()) {
            if (isDeletedAccount(d.getKey().trusteeId())) {
                continue;
            }
            Optional<Principal> trustee = s.principal(d.getKey().trusteeId());
            String name = trustee.map(Principal::displayName).orElse(d.getKey().trusteeId());
            grants.add(new PermissionGrant(
                    d.getKey().trusteeId(),
                    name,
                    d.getKey().right(),
                    AutoMapping.of(d.getValue()),
                    trustee.filter(Group.class::isInstance).isPresent()));
        }
        grants.sort(Comparator.comparing((PermissionGrant g) -> PrefixMatch.fold(g.trusteeName()))
                .thenComparing(PermissionGrant::trusteeId)
                .thenComparing(PermissionGrant::right));
        return List.copyOf(grants);
    }

    static Change grant(
            TenantState s, MailboxState m, String trusteeId, Right right, boolean autoMapping, Consumer<String> log) {
        Principal trustee = s.requirePrincipal(trusteeId);
        // Exchange records automapping on the member's own mailbox: through a group it never happens.
        boolean mapping = right == Right.FULL_ACCESS && autoMapping && trustee instanceof Person;
        DelegateKey key = new DelegateKey(trustee.id(), right);
        // As Exchange: a permission already held is left as it is, automapping too (switching it is a removal
        // and a new grant).
        if (m.delegates.containsKey(key)) {
            return Change.ALREADY_SO;
        }
        m.delegates.put(key, mapping);
        log.accept("grant " + m.alias + " " + trustee.displayName() + " " + right
                + (right == Right.FULL_ACCESS ? " automapping=" + mapping : ""));
        return Change.MADE;
    }

    static Change revoke(TenantState s, MailboxState m, String trusteeId, Right right, Consumer<String> log) {
        if (trusteeId == null || trusteeId.isBlank()) {
            throw new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, String.valueOf(trusteeId));
        }
        if (m.delegates.remove(new DelegateKey(TenantState.key(trusteeId), right)) != null) {
            log.accept("revoke " + m.alias + " "
                    + s.principal(trusteeId)
                            .map(Principal::displayName)
                            .orElse(trusteeId.strip().toUpperCase(Locale.ROOT))
                    + " " + right);
            return Change.MADE;
        }
        if (!isDeletedAccount(trusteeId)) {
            s.requirePrincipal(trusteeId);
        }
        return Change.ALREADY_SO;
    }

    /** A trustee that is an account's security identifier: what is left of an account that was deleted. */
    static boolean isDeletedAccount(String trusteeId) {
        return DeletedAccounts.isSecurityIdentifier(trusteeId.toUpperCase(Locale.ROOT));
    }
}
