package io.postkamer.cards.health;

import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.MailboxEntry;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A health report of the shared mailboxes as the cards show it: when the tenant was read, how many mailboxes were
 * checked and which could not be read, and per kind of finding the mailboxes concerned; with the licences' prices,
 * when an administrator configured them.
 */
public record HealthReport(
        Instant madeAt,
        int checked,
        List<MailboxEntry> unread,
        Map<FindingKind, List<Concern>> findings,
        LicencePrices prices) {
    public HealthReport {
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(prices, "prices");
        unread = List.copyOf(unread);
        Map<FindingKind, List<Concern>> all = new EnumMap<>(FindingKind.class);
        for (FindingKind kind : FindingKind.values()) {
            all.put(kind, List.copyOf(findings.getOrDefault(kind, List.of())));
        }
        findings = Collections.unmodifiableMap(all);
    }

    public List<Concern> concerns(FindingKind kind) {
        return findings.get(kind);
    }

    public boolean isAllClear() {
        return findings.values().stream().allMatch(List::isEmpty);
    }
}
