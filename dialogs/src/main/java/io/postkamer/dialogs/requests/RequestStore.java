package io.postkamer.dialogs.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The requests, kept where every instance of the bot sees the same: a decision and the record that
 * the grant was applied are guarded changes in the store itself, never decided in memory.
 */
public interface RequestStore {
    /** Stores a new pending request and gives it the next number. */
    AccessRequest create(NewAccessRequest request);

    Optional<AccessRequest> find(long number);

    /** The requester's requests, newest first. */
    List<AccessRequest> byRequester(String requesterId);

    /** Every pending request, oldest first. */
    List<AccessRequest> pending();

    /**
     * Decides a request only if it is still pending. Exactly one of any number of concurrent callers,
     * on any instance, gets {@code true}.
     */
    boolean decide(Decision decision);

    /** Records that an approved request's rights were granted (or failed); only the first record counts. */
    boolean recordApplied(long number, ApplyState outcome, String detail, Instant at);

    /** Assigns a pending request to a helpdesk member; false when it is no longer pending. */
    boolean assign(long number, String personId, String name);

    /**
     * Hands a pending request to another approver: they become its one named approver and may decide it
     * ({@link ApproverPolicy}). False when it is no longer pending.
     */
    boolean reassign(long number, String approverId);

    /** Approved requests for a new mailbox, oldest first: an administrator still has to create them. */
    List<AccessRequest> approvedNewMailboxes();

    /**
     * Marks a pending request as reminded about; true only for the one caller that marked it, so a
     * reminder goes out once across instances.
     */
    boolean markReminded(long number, Instant at);
}
