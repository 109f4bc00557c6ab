package io.postkamer.dialogs.health;

import io.postkamer.cards.health.Concern;
import io.postkamer.cards.health.FindingKind;
import io.postkamer.cards.health.HealthReport;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TenantHealthFacts;
import io.postkamer.mailbox.TrusteeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** What a report finds in the facts read from the tenant and the owners the bot keeps: the rules, in one place. */
final class Findings {
    /** Near the 50 GB a shared mailbox has without a licence: time to act before mail stops arriving. */
    static final long NEAR_FREE_LIMIT_BYTES = 45L * 1024 * 1024 * 1024;

    private Findings() {}

    static HealthReport of(TenantHealthFacts facts, Set<String> withOwners, Instant madeAt, LicencePrices prices) {
        Map<FindingKind, List<Concern>> found = new EnumMap<>(FindingKind.class);
        for (FindingKind kind : FindingKind.values()) {
            found.put(kind, new ArrayList<>());
        }
        for (SharedMailboxFacts mailbox : facts.mailboxes()) {
            Mailbox box = mailbox.mailbox();
            MailboxStorage storage = box.storage();
            if (!box.account().signInBlocked()) {
                found.get(FindingKind.SIGN_IN_ENABLED).add(concern(box, List.of()));
            }
            if (!box.account().licences().isEmpty() && !storage.needsLicence()) {
                found.get(FindingKind.LICENCE_NOT_NEEDED)
                        .add(new Concern(
                                MailboxEntry.of(box), storage, box.account().licences(), List.of()));
            }
            if (box.account().licences().isEmpty()
                    && (storage.needsLicence() || storage.totalBytes() >= NEAR_FREE_LIMIT_BYTES)) {
                found.get(FindingKind.LICENCE_NEEDED).add(concern(box, List.of()));
            }
            if (!withOwners.contains(box.id().toLowerCase(Locale.ROOT))) {
                found.get(FindingKind.NO_OWNER).add(concern(box, List.of()));
            }
            add(found, FindingKind.INACTIVE_TRUSTEES, box, mailbox.permissions(), Findings::isGone);
            if (box.hiddenFromAddressLists()) {
                add(found, FindingKind.SENDING_WHILE_HIDDEN, box, mailbox.permissions(), Findings::sendsWhileHidden);
            }
            add(
                    found,
                    FindingKind.GROUP_FULL_ACCESS,
                    box,
                    mailbox.permissions(),
                    held -> held.right() == Right.FULL_ACCESS && held.trustee() == TrusteeStatus.GROUP);
        }
        return new HealthReport(madeAt, facts.mailboxes().size(), facts.unread(), found, prices);
    }

    /** A right of an account that is gone: disabled (someone who left) or deleted. */
    static boolean isGone(HeldPermission held) {
        return held.trustee() == TrusteeStatus.DISABLED || held.trustee() == TrusteeStatus.DELETED;
    }

    /** Rights that still let someone send as or on behalf of the mailbox. */
    static boolean sendsWhileHidden(HeldPermission held) {
        return held.right() != Right.FULL_ACCESS && !isGone(held);
    }

    private static void add(
            Map<FindingKind, List<Concern>> found,
            FindingKind kind,
            Mailbox box,
            List<HeldPermission> permissions,
            Predicate<HeldPermission> concerned) {
        List<HeldPermission> held = permissions.stream().filter(concerned).toList();
        if (!held.isEmpty()) {
            found.get(kind).add(concern(box, held));
        }
    }

    private static Concern concern(Mailbox box, List<HeldPermission> permissions) {
        return new Concern(MailboxEntry.of(box), box.storage(), List.of(), permissions);
    }
}
