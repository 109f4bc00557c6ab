package io.postkamer.dialogs.common;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Work on many mailboxes that may outlast its turn: how far it is, who hears when it moves on, and its end. */
public abstract class Watched {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public abstract int done();

    /** Of how many; 0 while that is not known yet. */
    public abstract int total();

    public abstract CompletableFuture<?> finished();

    /** Runs {@code listener} each time the work moves on, from any thread. */
    public final void onProgress(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells everyone listening that the work moved on. */
    protected final void moved() {
        listeners.forEach(Runnable::run);
    }
}
