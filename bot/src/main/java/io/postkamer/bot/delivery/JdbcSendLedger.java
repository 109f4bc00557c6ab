package io.postkamer.bot.delivery;

import io.postkamer.bot.storage.StoredInstants;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messages every instance on this database sent into each conversation: a reservation reads the conversation's
 * last hour, finds the next slot, and counts it in one transaction guarded by the conversation's version (a
 * compare-and-set), tried again when another instance reserved first. Instances so keep Teams' limits together,
 * not each on its own.
 */
public final class JdbcSendLedger implements SendLedger {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RateLimits limits;

    public JdbcSendLedger(JdbcTemplate jdbc, TransactionTemplate transaction, RateLimits limits) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.limits = limits;
    }

    @Override
    public Reserved reserve(String conversationId, Instant notBefore) {
        try {
            jdbc.update("INSERT INTO conversation_pace (conversation_id, version) VALUES (?, 0)", conversationId);
        } catch (DuplicateKeyException known) {
            // Reserved before, by this instance or another.
        }
        while (true) {
            Reserved reserved = transaction.execute(status -> tryReserve(conversationId, notBefore));
            if (reserved != null) {
                return reserved;
            }
        }
    }

    @Override
    public void sent(Reserved reserved, Instant answeredAt) {
        jdbc.update(
                "UPDATE conversation_send SET sent_at = ? WHERE send_id = ? AND sent_at < ?",
                StoredInstants.micros(answeredAt),
                reserved.id(),
                StoredInstants.micros(answeredAt));
    }

    /** The slot, counted; null when another instance reserved in between. */
    private Reserved tryReserve(String conversationId, Instant notBefore) {
        long version = jdbc.queryForObject(
                "SELECT version FROM conversation_pace WHERE conversation_id = ?", Long.class, conversationId);
        long oldestKept = StoredInstants.micros(notBefore.minus(limits.longest()));
        List<Long> sends = jdbc.queryForList(
                "SELECT sent_at FROM conversation_send WHERE conversation_id = ? " + "AND sent_at > ? ORDER BY sent_at",
                Long.class,
                conversationId,
                oldestKept);
        Deque<Instant> sent = new ArrayDeque<>();
        sends.forEach(at -> sent.addLast(StoredInstants.instant(at)));
        Instant start = sent.isEmpty() || sent.peekLast().isBefore(notBefore) ? notBefore : sent.peekLast();
        Instant slot = SendWindows.earliest(limits, sent, start);
        if (jdbc.update(
                        "UPDATE conversation_pace SET version = ? WHERE conversation_id = ? AND version = ?",
                        version + 1,
                        conversationId,
                        version)
                != 1) {
            return null;
        }
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO conversation_send (send_id, conversation_id, sent_at) VALUES (?, ?, ?)",
                id,
                conversationId,
                StoredInstants.micros(slot));
        jdbc.update(
                "DELETE FROM conversation_send WHERE conversation_id = ? AND sent_at <= ?", conversationId, oldestKept);
        return new Reserved(conversationId, id, slot);
    }
}
