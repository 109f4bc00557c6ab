package io.postkamer.dialogs.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** The audit trail of a bot without a database (tests, a bot wired by hand). */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> history(String mailbox, int limit) {
        String wanted = mailbox.toLowerCase(Locale.ROOT);
        List<AuditEntry> found = new ArrayList<>(entries.stream()
                .filter(entry -> entry.mailbox().toLowerCase(Locale.ROOT).equals(wanted)).toList());
        found.sort(Comparator.comparing(AuditEntry::at).reversed());
        return found.stream().limit(limit).toList();
    }

    public List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
