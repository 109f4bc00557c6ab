package io.postkamer.dialogs.requests;

import java.time.Instant;

/**
 * One line of the requests history: who did what, when, and how it went.
 *
 * @param number the request it is about, 0 for a change not tied to one (mailbox owners set)
 * @param subject what it acted on: a mailbox address, a person
 */
public record HistoryEntry(long number, Instant at, String actorId, String event, String subject, String outcome,
                           String detail) {
    public static final String DONE = "done";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";
    /** A notice the connector took. */
    public static final String DELIVERED = "delivered";
    /** A notice Teams refused for now (throttled, busy): it is sent again after the wait Teams asks for. */
    public static final String QUEUED = "queued for retry";
    /** A notice that did not reach the person; the detail says why. */
    public static final String NOT_DELIVERED = "not delivered";
}
