package io.postkamer.dialogs.requests.memory;

import io.postkamer.dialogs.requests.MailboxOwners;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Mailbox owners in memory. */
public final class MemoryMailboxOwners implements MailboxOwners {
    private final Map<String, List<String>> owners = new ConcurrentHashMap<>();

    @Override
    public List<String> ownersOf(String mailboxId) {
        return owners.getOrDefault(mailboxId.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public Map<String, List<String>> ownersByMailbox() {
        return owners.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void setOwners(String mailboxId, List<String> ownerIds) {
        owners.put(mailboxId.toLowerCase(Locale.ROOT), List.copyOf(ownerIds));
    }
}
