package io.postkamer.dialogs.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Which part of the audit to read: one mailbox's (by its primary address) or everything, from a moment
 * (inclusive) until another (exclusive).
 */
public record AuditFilter(Optional<String> mailbox, Optional<Instant> from, Optional<Instant> until) {
    public AuditFilter {
        mailbox =
                mailbox.map(address -> address.strip().toLowerCase(Locale.ROOT)).filter(address -> !address.isEmpty());
    }

    public static AuditFilter everything() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean admits(AuditEntry entry) {
        return mailbox.map(address -> address.equals(entry.target().mailbox())).orElse(true)
                && from.map(start -> !entry.at().isBefore(start)).orElse(true)
                && until.map(end -> entry.at().isBefore(end)).orElse(true);
    }
}
