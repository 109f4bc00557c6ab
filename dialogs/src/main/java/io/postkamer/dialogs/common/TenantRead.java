package io.postkamer.dialogs.common;

import io.postkamer.mailbox.TenantHealthFacts;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One bulk read of the tenant's shared mailboxes ({@code MailboxService.healthFacts}), as work that may outlast its
 * turn: how far it is, and what it found.
 */
public class TenantRead extends Watched {
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger found = new AtomicInteger();
    private final CompletableFuture<Attempt<TenantHealthFacts>> result = new CompletableFuture<>();
    private volatile Instant madeAt = Instant.EPOCH;

    /** The service's progress: mailboxes read, of those found. */
    public void progress(int mailboxesRead, int mailboxesFound) {
        read.set(mailboxesRead);
        found.set(mailboxesFound);
        moved();
    }

    /** The read is over, when it ended. */
    public void ends(Attempt<TenantHealthFacts> attempt, Instant at) {
        madeAt = at;
        result.complete(attempt);
    }

    public void failsUnexpectedly(Throwable failure) {
        result.completeExceptionally(failure);
    }

    public CompletableFuture<Attempt<TenantHealthFacts>> result() {
        return result;
    }

    public boolean isOver() {
        return result.isDone();
    }

    public Instant madeAt() {
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
    public CompletableFuture<?> finished() {
        return result;
    }
}
