package io.postkamer.dialogs.common;

import java.util.concurrent.CompletableFuture;

/** Work on many mailboxes that may outlast its turn: how far it is, who hears when it moves on, and its end. */
public interface Watched {
    int done();

    /** Of how many; 0 while that is not known yet. */
    int total();

    /** Runs {@code listener} each time the work moves on, from any thread. */
    void onProgress(Runnable listener);

    CompletableFuture<?> finished();
}
