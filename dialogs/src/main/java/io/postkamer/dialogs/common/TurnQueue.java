package io.postkamer.dialogs.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Runs the turns of one conversation one after the other, so that a double click is seen by the
 * second turn as the stale press it is (after the first turn's state was saved), never as a second
 * fresh one.
 */
public final class TurnQueue {
    private final ConcurrentMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public CompletableFuture<Void> run(String conversationId, Supplier<CompletableFuture<Void>> turn) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> before = tails.put(conversationId, mine);
        CompletableFuture<Void> start =
                before == null ? CompletableFuture.completedFuture(null) : before.handle((done, failed) -> null);
        CompletableFuture<Void> result = start.thenCompose(ready -> turn.get());
        result.whenComplete((done, failed) -> {
            mine.complete(null);
            tails.remove(conversationId, mine);
        });
        return result;
    }
}
