package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxPage;
import io.postkamer.mailbox.MailboxSearchText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo tenant's shared mailboxes a page at a time, and found by what was typed, as Exchange's -Anr finds them. */
final class MailboxListing {
    private MailboxListing() {}

    static MailboxPage page(TenantState s, int size, Optional<String> after) {
        Optional<String> last = after.filter(token -> !token.isBlank());
        // Each key made once: folding a name for every comparison made a page of 20,000 take seconds.
        List<MailboxEntry> page = s.mailboxes.values().stream()
                .filter(m -> m.kind == MailboxKind.SHARED)
                .map(m -> new MailboxEntry(m.id, m.displayName, m.alias, m.primarySmtpAddress))
                .map(entry -> Map.entry(pageKey(entry), entry))
                .filter(keyed ->
                        last.map(token -> keyed.getKey().compareTo(token) > 0).orElse(true))
                .sorted(Map.Entry.comparingByKey())
                .limit(Math.max(0, size) + 1L)
                .map(Map.Entry::getValue)
                .toList();
        boolean more = page.size() > size;
        List<MailboxEntry> shown = more ? page.subList(0, size) : page;
        return new MailboxPage(shown, more ? Optional.of(pageKey(shown.get(shown.size() - 1))) : Optional.empty());
    }

    static List<MailboxEntry> find(TenantState s, String text, int limit) {
        Optional<String> searched = MailboxSearchText.of(text, s.organisation::acceptedDomains);
        PrefixMatch match = new PrefixMatch(searched.orElse(""));
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        return s.mailboxes.values().stream()
                .filter(m -> m.kind == MailboxKind.SHARED)
                .filter(m -> match.matchesName(m.displayName)
                        || match.matchesAddress(m.alias)
                        || match.matchesAddress(m.primarySmtpAddress))
                .map(m -> new MailboxEntry(m.id, m.displayName, m.alias, m.primarySmtpAddress))
                .map(entry -> Map.entry(pageKey(entry), entry))
                .sorted(Map.Entry.comparingByKey())
                .limit(limit)
                .map(Map.Entry::getValue)
                .toList();
    }

    private static String pageKey(MailboxEntry entry) {
        return PrefixMatch.fold(entry.displayName()) + "\u0000" + entry.id();
    }
}
