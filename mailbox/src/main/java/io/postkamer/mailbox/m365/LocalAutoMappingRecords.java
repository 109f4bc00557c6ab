package io.postkamer.mailbox.m365;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Automapping records for one instance, in memory: enough for tools and tests; the bot keeps them in its database. */
public final class LocalAutoMappingRecords implements AutoMappingRecords {
    private final Map<String, Map<String, Boolean>> byMailbox = new ConcurrentHashMap<>();

    @Override
    public Optional<Boolean> of(String mailboxId, String memberId) {
        return Optional.ofNullable(ofMailbox(mailboxId).get(key(memberId)));
    }

    @Override
    public Map<String, Boolean> ofMailbox(String mailboxId) {
        return Map.copyOf(byMailbox.getOrDefault(key(mailboxId), Map.of()));
    }

    @Override
    public void record(String mailboxId, String memberId, boolean autoMapping) {
        byMailbox
                .computeIfAbsent(key(mailboxId), id -> new ConcurrentHashMap<>())
                .put(key(memberId), autoMapping);
    }

    @Override
    public void forget(String mailboxId, String memberId) {
        byMailbox.computeIfPresent(key(mailboxId), (id, members) -> {
            members.remove(key(memberId));
            return members.isEmpty() ? null : members;
        });
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
