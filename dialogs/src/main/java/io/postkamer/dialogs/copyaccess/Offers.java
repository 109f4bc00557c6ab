package io.postkamer.dialogs.copyaccess;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.dialogs.common.TenantRead;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The copies offered, as the store keeps them for every instance, and this instance's own work on them: the bulk reads
 * it started (their progress is only known here; their choices go to the store when they end) and the grants it runs.
 * A press names a current offer (an hour old at most), or it is not current.
 */
final class Offers {
    /** Longer than any mailbox's grants with their retries; a run that holds its claim longer stopped half-way. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** How often a press waits on the store for grants another instance runs. */
    private static final long LOOK_AGAIN_MS = 50;

    private final CopyOfferStore store;
    private final Clock clock;
    private final String instance;
    private final Cache<CopyOffer.Key, TenantRead> reads = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(CopyOffer.KEPT)
            .build();
    private final Cache<CopyOffer.Key, GrantRun> runs = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(CopyOffer.KEPT)
            .build();

    Offers(CopyOfferStore store, Clock clock, String instance) {
        this.store = store;
        this.clock = clock;
        this.instance = instance;
    }

    /** A new offer, its read started here; offers older than an hour go. */
    void offer(CopyOffer offer, TenantRead read) {
        store.forget(clock.instant().minus(CopyOffer.KEPT));
        store.offer(offer);
        reads.put(offer.key(), read);
    }

    /** The read ended well: its choices, for every instance. */
    void read(CopyOffer.Key key, CopyChoices choices) {
        store.read(key, choices);
    }

    Optional<CopyOffer> current(CopyOffer.Key key) {
        return key.token().isBlank()
                ? Optional.empty()
                : store.find(key).filter(offer -> offer.isCurrent(clock.instant()));
    }

    /** The read of this offer, if this instance started it. */
    Optional<TenantRead> readHere(CopyOffer.Key key) {
        return Optional.ofNullable(reads.getIfPresent(key));
    }

    /** The grants of this offer, while this instance runs them. */
    Optional<GrantRun> runningHere(CopyOffer.Key key) {
        return Optional.ofNullable(runs.getIfPresent(key)).filter(run -> !run.isOver());
    }

    /** The grants, if this press claims them: started with {@code chosen}, or taken over with what is left. */
    Optional<GrantRun> claim(CopyOffer.Key key, Set<String> chosen) {
        if (!store.claim(key, instance, chosen, clock.instant(), LEASE)) {
            return Optional.empty();
        }
        GrantRun run = new GrantRun(store, instance, clock, store.find(key).orElseThrow());
        runs.put(key, run);
        return Optional.of(run);
    }

    /** The offer as kept once its grants are over, or as far as they are after {@code patience}. */
    CompletableFuture<CopyOffer> settled(CopyOffer offer, Duration patience) {
        return lookAgain(offer, System.nanoTime() + patience.toNanos());
    }

    private CompletableFuture<CopyOffer> lookAgain(CopyOffer last, long until) {
        CopyOffer now = store.find(last.key()).orElse(last);
        if (now.isFinished() || System.nanoTime() >= until) {
            return CompletableFuture.completedFuture(now);
        }
        return CompletableFuture.runAsync(
                        () -> {}, CompletableFuture.delayedExecutor(LOOK_AGAIN_MS, TimeUnit.MILLISECONDS))
                .thenCompose(waited -> lookAgain(now, until));
    }
}
