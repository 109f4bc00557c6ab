package io.postkamer.dialogs.copyaccess;

import io.postkamer.dialogs.common.Attempt;
import io.postkamer.mailbox.TenantHealthFacts;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The bulk read of the shared mailboxes a copy starts from: how far it is, and what it found. */
final class TenantRead implements Tracked {
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger found = new AtomicInteger();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Attempt<TenantHealthFacts>> result = new CompletableFuture<>();
    private volatile Instant madeAt = Instant.EPOCH;

    /** The service's progress: mailboxes read, of those found. */
    void progress(int mailboxesRead, int mailboxesFound) {
        read.set(mailboxesRead);
        found.set(mailboxesFound);
        listeners.forEach(Runnable::run);
    }

    void ends(Attempt<TenantHealthFacts> attempt, Instant at) {
        madeAt = at;
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

    Instant madeAt() {
        return madeAt;
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
