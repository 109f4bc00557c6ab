package io.postkamer.dialogs.offboarding;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's offboarding as kept: whose mailbox, what was chosen, who started it, and what came of each step so
 * far. A step with a settled result is never done again.
 *
 * @param mailboxId the person's mailbox, which is also their account's id
 */
public record Offboarding(
        long id,
        String mailboxId,
        String personName,
        String address,
        OffboardingPlan plan,
        String startedBy,
        Instant startedAt,
        Map<OffboardingStep, StepResult> results,
        Optional<Instant> finishedAt) {
    public Offboarding {
        Objects.requireNonNull(mailboxId, "mailboxId");
        Objects.requireNonNull(plan, "plan");
        results = Map.copyOf(results);
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    public Optional<StepResult> result(OffboardingStep step) {
        return Optional.ofNullable(results.get(step));
    }

    /** The results with this step's as given: what a store keeps when a step settles or fails. */
    public Map<OffboardingStep, StepResult> resultsWith(OffboardingStep step, StepResult result) {
        Map<OffboardingStep, StepResult> changed = new EnumMap<>(OffboardingStep.class);
        changed.putAll(results);
        changed.put(step, result);
        return changed;
    }

    /** The results without this step's: what a store keeps when the step is to be done again. */
    public Map<OffboardingStep, StepResult> resultsWithout(OffboardingStep step) {
        Map<OffboardingStep, StepResult> changed = new EnumMap<>(OffboardingStep.class);
        changed.putAll(results);
        changed.remove(step);
        return changed;
    }

    public boolean settled(OffboardingStep step) {
        return result(step).map(r -> r.status().settled()).orElse(false);
    }

    /** The step a run does next, if any is left. */
    public Optional<OffboardingStep> next() {
        for (OffboardingStep step : OffboardingStep.values()) {
            if (!settled(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    public boolean isFinished() {
        return finishedAt.isPresent();
    }

    /** Whether a step failed and the offboarding waits to be resumed. */
    public boolean stopped() {
        return !isFinished()
                && results.values().stream().anyMatch(r -> !r.status().settled());
    }
}
