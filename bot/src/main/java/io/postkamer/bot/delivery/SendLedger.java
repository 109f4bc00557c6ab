package io.postkamer.bot.delivery;

import java.time.Instant;

/**
 * The messages sent into each Teams conversation, and when the next one fits Teams' windows ({@link RateLimits}):
 * for one instance ({@link LocalSendLedger}) or for every instance on one database ({@link JdbcSendLedger}).
 */
public interface SendLedger {

    /**
     * The earliest moment at or after {@code notBefore}, and after every message counted before, at which one more
     * message into the conversation keeps every window; it counts from then until {@link #sent} says when.
     */
    Reserved reserve(String conversationId, Instant notBefore);

    /**
     * The reserved message was sent and its answer came back now: it counts from then, which is never before Teams
     * got it, so the spacing Teams sees is never smaller than the one kept here, whatever the network's delays.
     */
    void sent(Reserved reserved, Instant answeredAt);

    /** A message's place in a conversation. */
    record Reserved(String conversationId, String id, Instant at) {}
}
