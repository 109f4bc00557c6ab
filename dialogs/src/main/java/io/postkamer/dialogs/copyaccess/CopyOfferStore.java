package io.postkamer.dialogs.copyaccess;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The copies offered on cards, where every instance sees them, so that a press Teams sends again to another instance,
 * or one after a restart, goes on with what the card showed. A card's grants are claimed by one caller at a time, with
 * a lease: of presses at once on several instances one runs them, and a run whose caller stopped half-way is taken
 * over once its lease has passed, with the mailboxes not settled yet.
 */
public interface CopyOfferStore {
    /** Keeps a card's offer as it was just made: its read under way, nothing chosen. */
    void offer(CopyOffer offer);

    Optional<CopyOffer> find(CopyOffer.Key key);

    /** The choices the card showed, once the bulk read is over. */
    void read(CopyOffer.Key key, CopyChoices choices);

    /**
     * Hands the grants to this caller: an offer with choices whose grants nobody started (they start with {@code
     * chosen}), or not finished and claimed longer ago than the lease (they go on with what was chosen first). False
     * otherwise: another caller has them, or they are over.
     */
    boolean claim(CopyOffer.Key key, String claimant, Set<String> chosen, Instant now, Duration lease);

    /** One mailbox's outcome, and the claim renewed; only by the claimant. */
    void settle(CopyOffer.Key key, String claimant, String mailboxId, CopyOutcome outcome, Instant now);

    /** Every chosen mailbox settled: finished, once; only by the claimant. */
    void finish(CopyOffer.Key key, String claimant, Instant at);

    /** Offers made before this moment are no longer current: they go. */
    void forget(Instant offeredBefore);
}
