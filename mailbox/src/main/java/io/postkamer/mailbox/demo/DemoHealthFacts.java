package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.DeletedAccounts;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TenantHealthFacts;
import io.postkamer.mailbox.TrusteeStatus;
import io.postkamer.mailbox.demo.TenantState.DelegateKey;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a health report reads of the demo tenant, as Exchange and Graph would tell it: a person is disabled when
 * their own account (the mailbox with their id) may not sign in, and a deleted account is the security identifier
 * its permission kept.
 */
final class DemoHealthFacts {
    private static final Comparator<HeldPermission> ORDER = Comparator.comparing(
                    (HeldPermission p) -> PrefixMatch.fold(p.trusteeName()))
            .thenComparing(HeldPermission::trusteeId)
            .thenComparing(HeldPermission::right);

    private DemoHealthFacts() {}

    static TenantHealthFacts of(TenantState s, HealthScan scan, Function<MailboxState, Mailbox> view) {
        List<MailboxState> covered = scan.mailbox()
                .map(one -> s.find(one).stream().toList())
                .orElseGet(() -> List.copyOf(s.mailboxes.values()));
        List<SharedMailboxFacts> facts = covered.stream()
                .filter(m -> m.kind == MailboxKind.SHARED)
                .sorted(Comparator.comparing((MailboxState m) -> PrefixMatch.fold(m.displayName))
                        .thenComparing(m -> m.id))
                .map(m -> new SharedMailboxFacts(view.apply(m), permissions(s, m)))
                .toList();
        return new TenantHealthFacts(facts, List.of());
    }

    private static List<HeldPermission> permissions(TenantState s, MailboxState m) {
        return m.delegates.keySet().stream()
                .map(key -> permission(s, key))
                .sorted(ORDER)
                .toList();
    }

    private static HeldPermission permission(TenantState s, DelegateKey key) {
        String id = key.trusteeId();
        if (DeletedAccounts.isSecurityIdentifier(id.toUpperCase(Locale.ROOT))) {
            String sid = id.toUpperCase(Locale.ROOT);
            return new HeldPermission(sid, sid, key.right(), TrusteeStatus.DELETED);
        }
        TenantState.PersonState person = s.people.get(id);
        if (person != null) {
            MailboxState own = s.mailboxes.get(id);
            boolean disabled = own != null && own.signInBlocked;
            return new HeldPermission(
                    id,
                    person.person().displayName(),
                    key.right(),
                    disabled ? TrusteeStatus.DISABLED : TrusteeStatus.ENABLED);
        }
        TenantState.GroupState group = s.groups.get(id);
        return group != null
                ? new HeldPermission(id, group.group().displayName(), key.right(), TrusteeStatus.GROUP)
                : new HeldPermission(id, id, key.right(), TrusteeStatus.OTHER);
    }
}
