package io.postkamer.dialogs.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** The audit of a bot without a database (tests, a bot wired by hand). */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> ofMailbox(String address, int limit) {
        String wanted = address.strip().toLowerCase(Locale.ROOT);
        List<AuditEntry> found = new ArrayList<>(entries.stream()
                .filter(entry -> entry.target().mailbox().equals(wanted))
                .toList());
        java.util.Collections.reverse(found);
        found.sort(Comparator.comparing(AuditEntry::at).reversed());
        return found.stream().limit(limit).toList();
    }

    @Override
    public List<AuditEntry> ofRequest(long number) {
        return entries.stream().filter(entry -> entry.request() == number).toList();
    }

    @Override
    public List<AuditEntry> all(AuditFilter filter) {
        return entries.stream().filter(filter::admits).toList();
    }

    /** Everything, oldest first. */
    public List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
