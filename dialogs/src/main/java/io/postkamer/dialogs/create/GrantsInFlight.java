package io.postkamer.dialogs.create;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.create.CreateMailbox.Grant;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.GrantOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Batches of grants that outlasted their turn, by conversation and the token of the card that shows
 * their progress. Kept on the instance that runs them; after a restart the card's button applies the
 * batch again, which writes only what is still missing.
 */
final class GrantsInFlight {
    /** Where the batch being handed over waits for the card that will show it, within one turn. */
    static final String HANDED_OVER = "postkamer.grantsHandedOver";

    /** One batch: what was asked, its result to come, and how many rights are settled. */
    static final class Batch {
        final List<Grant> pending;
        final AtomicInteger settled = new AtomicInteger();
        final AtomicReference<Runnable> onProgress = new AtomicReference<>(() -> {});
        /** What setting the Sent Items copies came to, when it was to be set with these grants. */
        final AtomicReference<Optional<Attempt<Change>>> sentItems = new AtomicReference<>(Optional.empty());

        private final CompletableFuture<Attempt<List<GrantOutcome>>> result = new CompletableFuture<>();

        Batch(List<Grant> pending) {
            this.pending = List.copyOf(pending);
        }

        void settledOne() {
            settled.incrementAndGet();
            onProgress.get().run();
        }

        CompletableFuture<Attempt<List<GrantOutcome>>> result() {
            return result;
        }

        /** Done when the grants are settled and then the Sent Items copies, in that order. */
        void runs(
                CompletableFuture<Attempt<List<GrantOutcome>>> work,
                Supplier<CompletableFuture<Optional<Attempt<Change>>>> thenSentItems) {
            work.thenCompose(granted -> thenSentItems.get().thenApply(set -> {
                        sentItems.set(set);
                        return granted;
                    }))
                    .whenComplete((done, failed) -> {
                        if (failed != null) {
                            result.completeExceptionally(failed);
                        } else {
                            result.complete(done);
                        }
                    });
        }
    }

    private final Cache<String, Batch> batches = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    void put(String conversationId, String token, Batch batch) {
        batches.put(key(conversationId, token), batch);
    }

    Optional<Batch> of(String conversationId, String token) {
        return Optional.ofNullable(batches.getIfPresent(key(conversationId, token)));
    }

    void forget(String conversationId, String token) {
        batches.invalidate(key(conversationId, token));
    }

    private static String key(String conversationId, String token) {
        return conversationId + "|" + token;
    }
}
