package io.postkamer.dialogs.health;

import io.postkamer.cards.health.Concern;
import io.postkamer.cards.health.FindingKind;
import io.postkamer.cards.health.HealthReport;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TenantHealthFacts;
import io.postkamer.mailbox.TrusteeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a report finds in the facts read from the tenant and the owners the bot keeps: the rules, in one place. Owners
 * whose accounts are all disabled or deleted (as far as the facts tell: an account that holds a right on a mailbox
 * read) are no owners.
 */
final class Findings {
    /** Near the 50 GB a shared mailbox has without a licence: time to act before mail stops arriving. */
    static final long NEAR_FREE_LIMIT_BYTES = 45L * 1024 * 1024 * 1024;

    private Findings() {}

    /**
     * The report of these facts.
     *
     * @param owners the owners the bot keeps, by the mailbox's id in lower case
     * @param people the people a mailbox without owners offers before anything is typed
     */
    static HealthReport of(
            TenantHealthFacts facts,
            Map<String, List<String>> owners,
            Instant madeAt,
            LicencePrices prices,
            List<Person> people) {
        Map<String, TrusteeStatus> accounts = accounts(facts);
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
            List<String> named = owners.getOrDefault(box.id().toLowerCase(Locale.ROOT), List.of());
            boolean allGone = !named.isEmpty() && named.stream().allMatch(owner -> isGone(accounts, owner));
            if (named.isEmpty() || allGone) {
                found.get(FindingKind.NO_OWNER)
                        .add(new Concern(MailboxEntry.of(box), box.storage(), List.of(), List.of(), allGone));
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
        return new HealthReport(madeAt, facts.mailboxes().size(), facts.unread(), found, prices, people);
    }

    /**
     * What the facts tell of each account that holds a right anywhere, by its id in lower case: an owner's account is
     * known to be disabled when it holds a right on any of the mailboxes read.
     */
    private static Map<String, TrusteeStatus> accounts(TenantHealthFacts facts) {
        Map<String, TrusteeStatus> accounts = new HashMap<>();
        facts.mailboxes().stream()
                .flatMap(mailbox -> mailbox.permissions().stream())
                .forEach(held -> accounts.put(held.trusteeId().toLowerCase(Locale.ROOT), held.trustee()));
        return accounts;
    }

    private static boolean isGone(Map<String, TrusteeStatus> accounts, String owner) {
        TrusteeStatus status = accounts.getOrDefault(owner.toLowerCase(Locale.ROOT), TrusteeStatus.ENABLED);
        return status == TrusteeStatus.DISABLED || status == TrusteeStatus.DELETED;
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
