package io.postkamer.bot.delivery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The messages this instance sent, per conversation. */
public final class LocalSendLedger implements SendLedger {
    private final RateLimits limits;
    private final Map<String, Map<String, Instant>> conversations = new ConcurrentHashMap<>();

    public LocalSendLedger(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public Reserved reserve(String conversationId, Instant notBefore) {
        Map<String, Instant> sends = conversations.computeIfAbsent(conversationId, id -> new LinkedHashMap<>());
        synchronized (sends) {
            Instant oldestKept = notBefore.minus(limits.longest());
            sends.values().removeIf(at -> at.isBefore(oldestKept));
            Deque<Instant> sent = new ArrayDeque<>();
            sends.values().stream().sorted(Comparator.naturalOrder()).forEach(sent::addLast);
            Instant start = sent.isEmpty() || sent.peekLast().isBefore(notBefore) ? notBefore : sent.peekLast();
            Instant slot = SendWindows.earliest(limits, sent, start);
            String id = UUID.randomUUID().toString();
            sends.put(id, slot);
            return new Reserved(conversationId, id, slot);
        }
    }

    @Override
    public void sent(Reserved reserved, Instant answeredAt) {
        Map<String, Instant> sends = conversations.get(reserved.conversationId());
        if (sends == null) {
            return;
        }
        synchronized (sends) {
            sends.computeIfPresent(reserved.id(), (id, at) -> answeredAt.isAfter(at) ? answeredAt : at);
        }
    }
}
