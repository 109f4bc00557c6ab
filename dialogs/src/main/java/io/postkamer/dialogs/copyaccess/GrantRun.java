package io.postkamer.dialogs.copyaccess;

import io.postkamer.cards.copyaccess.CopyAccessCard.Choice;
import io.postkamer.dialogs.common.Watched;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The grants of a card this instance claimed: the chosen mailboxes not settled yet, each one's outcome kept in the
 * store as the tenant answered (the claim renewed with it), and the end, kept too.
 */
final class GrantRun extends Watched {
    private static final Logger LOG = LoggerFactory.getLogger(GrantRun.class);

    private final CopyOfferStore store;
    private final CopyOffer.Key key;
    private final String claimant;
    private final Clock clock;
    private final List<Choice> todo;
    private final int total;
    private final AtomicInteger done;
    private final AtomicInteger started = new AtomicInteger();
    private final CompletableFuture<Void> over = new CompletableFuture<>();

    /** The run of an offer as claimed: what a run before this one settled is not done again. */
    GrantRun(CopyOfferStore store, String claimant, Clock clock, CopyOffer claimed) {
        this.store = store;
        this.key = claimed.key();
        this.claimant = claimant;
        this.clock = clock;
        this.todo = claimed.unsettled();
        this.total = claimed.settled() + todo.size();
        this.done = new AtomicInteger(claimed.settled());
        if (todo.isEmpty()) {
            finish();
        }
    }

    /** The next chosen mailbox to start on, if any is left. */
    Optional<Choice> next() {
        int index = started.getAndIncrement();
        return index < todo.size() ? Optional.of(todo.get(index)) : Optional.empty();
    }

    void settle(String mailboxId, CopyOutcome outcome) {
        try {
            store.settle(key, claimant, mailboxId, outcome, clock.instant());
        } catch (RuntimeException unkept) {
            LOG.error("The outcome of copying access on {} could not be kept", mailboxId, unkept);
        }
        if (done.incrementAndGet() >= total) {
            finish();
        }
        moved();
    }

    private void finish() {
        try {
            store.finish(key, claimant, clock.instant());
        } catch (RuntimeException unkept) {
            LOG.error("The end of copying access could not be kept", unkept);
        }
        over.complete(null);
    }

    @Override
    public int done() {
        return done.get();
    }

    @Override
    public int total() {
        return total;
    }

    @Override
    public CompletableFuture<?> finished() {
        return over;
    }

    boolean isOver() {
        return over.isDone();
    }
}
