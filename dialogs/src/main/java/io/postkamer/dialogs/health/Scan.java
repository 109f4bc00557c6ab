package io.postkamer.dialogs.health;

import io.postkamer.dialogs.common.Attempt;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TenantHealthFacts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * One read of the tenant for a health report: how far it is, and once read the facts, which the fixes made since
 * keep up to date, so that a fix shows in the report without reading the tenant again.
 */
final class Scan implements Watched {
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger found = new AtomicInteger();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Attempt<TenantHealthFacts>> result = new CompletableFuture<>();
    private final AtomicReference<TenantHealthFacts> facts = new AtomicReference<>();
    private volatile Instant madeAt = Instant.EPOCH;

    /** The service's progress: mailboxes read, of those found. */
    void progress(int mailboxesRead, int mailboxesFound) {
        read.set(mailboxesRead);
        found.set(mailboxesFound);
        listeners.forEach(Runnable::run);
    }

    /** The read is over, when it ended; its facts are kept from now on. */
    void ends(Attempt<TenantHealthFacts> attempt, Instant at) {
        madeAt = at;
        if (!attempt.isFailure()) {
            facts.set(attempt.get());
        }
        result.complete(attempt);
    }

    void failsUnexpectedly(Throwable failure) {
        result.completeExceptionally(failure);
    }

    CompletableFuture<Attempt<TenantHealthFacts>> result() {
        return result;
    }

    boolean isOver() {
        return result.isDone();
    }

    /** The facts as they are now, fixes included; empty while reading and after a failed read. */
    Optional<TenantHealthFacts> facts() {
        return Optional.ofNullable(facts.get());
    }

    Instant madeAt() {
        return madeAt;
    }

    /** One mailbox's facts after a fix to it. */
    void update(String mailboxId, UnaryOperator<SharedMailboxFacts> fixed) {
        facts.updateAndGet(current -> current == null
                ? null
                : current.of(mailboxId).map(fixed).map(current::with).orElse(current));
    }

    @Override
    public int done() {
        return read.get();
    }

    @Override
    public int total() {
        return found.get();
    }

    @Override
    public void onProgress(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public CompletableFuture<?> finished() {
        return result;
    }
}
