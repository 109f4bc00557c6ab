package io.postkamer.dialogs.copyaccess;

import java.util.concurrent.CompletableFuture;

/** Work of a copy that may outlast its turn, the read or the grants: how far it is, and its end. */
interface Tracked {
    int done();

    /** Of how many; 0 while that is not known yet. */
    int total();

    /** Runs {@code listener} each time the work moves on, from any thread. */
    void onProgress(Runnable listener);

    CompletableFuture<?> finished();
}
