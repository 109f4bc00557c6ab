package io.postkamer.dialogs.offboarding.memory;

import io.postkamer.dialogs.offboarding.Offboarding;
import io.postkamer.dialogs.offboarding.OffboardingPlan;
import io.postkamer.dialogs.offboarding.OffboardingStep;
import io.postkamer.dialogs.offboarding.OffboardingStore;
import io.postkamer.dialogs.offboarding.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Offboardings in memory, one lock for all: the same guarded changes as the database's. */
public final class MemoryOffboardingStore implements OffboardingStore {
    private final Map<Long, Offboarding> offboardings = new HashMap<>();
    private final Map<Long, Claim> claims = new HashMap<>();
    private long lastId;

    private record Claim(String claimant, Instant at) {}

    @Override
    public synchronized Offboarding start(NewOffboarding asked) {
        Optional<Offboarding> unfinished = unfinishedFor(asked.mailboxId());
        if (unfinished.isPresent()) {
            return unfinished.get();
        }
        Offboarding started = new Offboarding(
                ++lastId,
                key(asked.mailboxId()),
                asked.personName(),
                asked.address(),
                asked.plan(),
                asked.startedBy(),
                asked.startedAt(),
                Map.of(),
                Optional.empty());
        offboardings.put(started.id(), started);
        return started;
    }

    @Override
    public synchronized Optional<Offboarding> find(long id) {
        return Optional.ofNullable(offboardings.get(id));
    }

    @Override
    public synchronized Optional<Offboarding> unfinishedFor(String mailboxId) {
        return offboardings.values().stream()
                .filter(o -> !o.isFinished() && o.mailboxId().equals(key(mailboxId)))
                .findFirst();
    }

    @Override
    public synchronized Optional<Offboarding> latestFor(String mailboxId) {
        return offboardings.values().stream()
                .filter(o -> o.mailboxId().equals(key(mailboxId)))
                .max(Comparator.comparingLong(Offboarding::id));
    }

    @Override
    public synchronized List<Offboarding> recent(int limit) {
        List<Offboarding> all = new ArrayList<>(offboardings.values());
        all.sort(Comparator.comparingLong(Offboarding::id).reversed());
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    @Override
    public synchronized boolean claim(long id, String claimant, Instant now, Duration lease) {
        Offboarding o = offboardings.get(id);
        if (o == null) {
            return false;
        }
        Claim held = claims.get(id);
        if (held != null
                && !held.claimant().equals(claimant)
                && held.at().plus(lease).isAfter(now)) {
            return false;
        }
        claims.put(id, new Claim(claimant, now));
        return true;
    }

    @Override
    public synchronized void release(long id, String claimant) {
        Claim held = claims.get(id);
        if (held != null && held.claimant().equals(claimant)) {
            claims.remove(id);
        }
    }

    @Override
    public synchronized void record(long id, String claimant, OffboardingStep step, StepResult result) {
        if (!holds(id, claimant)) {
            return;
        }
        Offboarding o = offboardings.get(id);
        offboardings.put(id, with(o, o.plan(), o.resultsWith(step, result), o.finishedAt()));
    }

    @Override
    public synchronized void replan(long id, String claimant, OffboardingPlan plan, OffboardingStep again) {
        if (!holds(id, claimant)) {
            return;
        }
        Offboarding o = offboardings.get(id);
        offboardings.put(id, with(o, plan, o.resultsWithout(again), Optional.empty()));
    }

    @Override
    public synchronized void finish(long id, String claimant, Instant at) {
        Offboarding o = offboardings.get(id);
        if (holds(id, claimant) && !o.isFinished()) {
            offboardings.put(id, with(o, o.plan(), o.results(), Optional.of(at)));
            claims.remove(id);
        }
    }

    private boolean holds(long id, String claimant) {
        Claim held = claims.get(id);
        return held != null && held.claimant().equals(claimant) && offboardings.containsKey(id);
    }

    private static Offboarding with(
            Offboarding o, OffboardingPlan plan, Map<OffboardingStep, StepResult> results, Optional<Instant> finished) {
        return new Offboarding(
                o.id(),
                o.mailboxId(),
                o.personName(),
                o.address(),
                plan,
                o.startedBy(),
                o.startedAt(),
                results,
                finished);
    }

    private static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
