package io.postkamer.dialogs.offboarding;

import io.postkamer.dialogs.common.Watched;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An offboarding's run as work that may outlast its turn: the steps settled, of all, told as each one settles. */
final class RunProgress implements Watched {
    private final AtomicInteger settled = new AtomicInteger();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Offboarding> over = new CompletableFuture<>();

    /** The offboarding as a step left it. */
    void stepSettled(Offboarding now) {
        settled.set((int)
                Arrays.stream(OffboardingStep.values()).filter(now::settled).count());
        // With every step settled the summary follows; an update then could only arrive after it.
        if (now.next().isPresent()) {
            listeners.forEach(Runnable::run);
        }
    }

    /** The run itself, whose end is this work's end. */
    void follows(CompletableFuture<Offboarding> run) {
        run.whenComplete((ended, failed) -> {
            if (failed != null) {
                over.completeExceptionally(failed);
            } else {
                over.complete(ended);
            }
        });
    }

    @Override
    public int done() {
        return settled.get();
    }

    @Override
    public int total() {
        return OffboardingStep.values().length;
    }

    @Override
    public void onProgress(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public CompletableFuture<?> finished() {
        return over;
    }
}
