package io.postkamer.cards.health;

import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.Person;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A health report of the shared mailboxes as the cards show it: when the tenant was read, how many mailboxes were
 * checked and which could not be read, and per kind of finding the mailboxes concerned; with the licences' prices,
 * when an administrator configured them, and the first people of the directory, offered as owners before anything is
 * typed in a row's people picker (without them a row has no picker: Teams' renderers want a choice to start from).
 */
public record HealthReport(
        Instant madeAt,
        int checked,
        List<MailboxEntry> unread,
        Map<FindingKind, List<Concern>> findings,
        LicencePrices prices,
        List<Person> people) {
    public HealthReport {
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(prices, "prices");
        unread = List.copyOf(unread);
        people = List.copyOf(people);
        Map<FindingKind, List<Concern>> all = new EnumMap<>(FindingKind.class);
        for (FindingKind kind : FindingKind.values()) {
            all.put(kind, List.copyOf(findings.getOrDefault(kind, List.of())));
        }
        findings = Collections.unmodifiableMap(all);
    }

    /** A report that offers nobody to pick as owners before anything is typed. */
    public HealthReport(
            Instant madeAt,
            int checked,
            List<MailboxEntry> unread,
            Map<FindingKind, List<Concern>> findings,
            LicencePrices prices) {
        this(madeAt, checked, unread, findings, prices, List.of());
    }

    public List<Concern> concerns(FindingKind kind) {
        return findings.get(kind);
    }

    public boolean isAllClear() {
        return findings.values().stream().allMatch(List::isEmpty);
    }
}
