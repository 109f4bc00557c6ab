package io.postkamer.dialogs.offboarding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Offboardings where every instance sees them. A run is claimed by one caller at a time, with a lease, so a press
 * Teams sends again, a second administrator or a second instance never does a step twice; a run whose caller stopped
 * half-way (a restart) can be taken over once its lease has passed.
 */
public interface OffboardingStore {
    /** What an administrator asked for. */
    record NewOffboarding(
            String mailboxId,
            String personName,
            String address,
            OffboardingPlan plan,
            String startedBy,
            Instant startedAt) {}

    /** Starts an offboarding, or gives the one of this mailbox that is not finished yet. */
    Offboarding start(NewOffboarding offboarding);

    Optional<Offboarding> find(long id);

    /** The offboarding of this mailbox that is not finished, if any. */
    Optional<Offboarding> unfinishedFor(String mailboxId);

    /** The latest offboarding of this mailbox, finished or not. */
    Optional<Offboarding> latestFor(String mailboxId);

    /** The latest first, at most {@code limit}. */
    List<Offboarding> recent(int limit);

    /**
     * Hands the run to this caller: an unfinished offboarding nobody has, one this caller has, or one another caller
     * claimed longer ago than the lease. False otherwise.
     */
    boolean claim(long id, String claimant, Instant now, Duration lease);

    /** Lets go of a run, so a resume need not wait for the lease. */
    void release(long id, String claimant);

    /** What came of a step; only by the claimant. */
    void record(long id, String claimant, OffboardingStep step, StepResult result);

    /** A changed plan and one step to do again: only while nobody runs it, and only from the claimant. */
    void replan(long id, String claimant, OffboardingPlan plan, OffboardingStep again);

    /** Every step settled: finished, once. */
    void finish(long id, String claimant, Instant at);
}
