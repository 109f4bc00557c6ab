package io.postkamer.dialogs.offboarding;

import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.MailboxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an offboarding's steps in order, on the mailbox thread, for the caller that holds its claim: a step already
 * settled is never done again, each result is kept before the next step starts, and the run stops at a failure that
 * may pass (throttling, no answer, a lost role), to be resumed. A refusal that will not pass by itself (a manager who
 * is gone) leaves that step with its reason and the run goes on.
 */
final class OffboardingRun {
    private static final Logger LOG = LoggerFactory.getLogger(OffboardingRun.class);
    /** Longer than any step with its retries; a run that holds its claim longer stopped half-way. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final OffboardingStore store;
    private final OffboardingSteps steps;
    private final Clock clock;
    private final String instance;

    OffboardingRun(OffboardingStore store, MailboxCalls calls, Clock clock, String instance) {
        this.store = store;
        this.steps = new OffboardingSteps(calls, clock);
        this.clock = clock;
        this.instance = instance;
    }

    /** Who runs an offboarding: this instance, in this person's name. */
    String claimant(String actor) {
        return instance + "/" + actor;
    }

    /** Claims the run; false when another caller has it within its lease. */
    boolean claim(long id, String actor) {
        return store.claim(id, claimant(actor), clock.instant(), LEASE);
    }

    /** The steps left, each told to {@code progress} as it settles; the offboarding as it ends. */
    Offboarding run(long id, String actor, Consumer<Offboarding> progress) {
        String claimant = claimant(actor);
        try {
            Offboarding o = current(id);
            Optional<OffboardingStep> next = o.next();
            while (next.isPresent()) {
                OffboardingStep step = next.get();
                StepResult result = attempt(step, o, actor);
                store.record(id, claimant, step, result);
                o = current(id);
                progress.accept(o);
                if (!result.status().settled()) {
                    return o;
                }
                store.claim(id, claimant, clock.instant(), LEASE);
                next = o.next();
            }
            store.finish(id, claimant, clock.instant());
            return current(id);
        } finally {
            store.release(id, claimant);
        }
    }

    private StepResult attempt(OffboardingStep step, Offboarding o, String actor) {
        try {
            return steps.perform(step, o, actor);
        } catch (MailboxException failure) {
            boolean passes = failure.isTransient() || failure instanceof MailboxException.NotAuthorised;
            if (passes) {
                LOG.info("Offboarding {} stopped at {}: {}", o.id(), step, failure.getMessage());
            }
            return new StepResult(
                    passes ? StepResult.Status.FAILED : StepResult.Status.LEFT,
                    Message.of(failure),
                    List.of(),
                    clock.instant());
        }
    }

    private Offboarding current(long id) {
        return store.find(id).orElseThrow(() -> new IllegalStateException("offboarding " + id + " is gone"));
    }
}
