package io.postkamer.dialogs.offboarding;

import io.postkamer.dialogs.common.Watched;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** An offboarding's run as work that may outlast its turn: the steps settled, of all, told as each one settles. */
final class RunProgress extends Watched {
    private final AtomicInteger settled = new AtomicInteger();
    private final CompletableFuture<Offboarding> over = new CompletableFuture<>();

    /** The offboarding as a step left it. */
    void stepSettled(Offboarding now) {
        settled.set((int)
                Arrays.stream(OffboardingStep.values()).filter(now::settled).count());
        // With every step settled the summary follows; an update then could only arrive after it.
        if (now.next().isPresent()) {
            moved();
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
    public CompletableFuture<?> finished() {
        return over;
    }
}
