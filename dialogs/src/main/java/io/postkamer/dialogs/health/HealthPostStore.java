package io.postkamer.dialogs.health;

import java.time.Duration;
import java.time.Instant;

/**
 * Which periods' health reports were posted to the helpdesk channel, shared by every instance. A period's post is
 * claimed with a lease by one instance at a time and marked posted by that instance once the post was delivered; an
 * instance that stops half-way leaves the claim to run out, and another takes it over.
 */
public interface HealthPostStore {
    /**
     * The period's post is this claimant's from {@code now} on: it is not posted yet, and nobody holds it, or the
     * claimant itself does (the lease renewed), or another's lease has run out. Of several claiming at once one wins.
     *
     * @param period the period's key ({@link io.postkamer.dialogs.common.SchedulePeriod#key()})
     */
    boolean claim(String period, String claimant, Instant now, Duration lease);

    /** The period's post was delivered: only by its claimant, only once. */
    boolean markPosted(String period, String claimant, Instant at);

    boolean isPosted(String period);
}
