package io.postkamer.dialogs.copyaccess.memory;

import io.postkamer.dialogs.copyaccess.CopyChoices;
import io.postkamer.dialogs.copyaccess.CopyOffer;
import io.postkamer.dialogs.copyaccess.CopyOfferStore;
import io.postkamer.dialogs.copyaccess.CopyOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Copies offered in memory, one lock for all: the same guarded changes as the database's. */
public final class MemoryCopyOfferStore implements CopyOfferStore {
    private final Map<CopyOffer.Key, CopyOffer> offers = new HashMap<>();
    private final Map<CopyOffer.Key, Claim> claims = new HashMap<>();

    private record Claim(String claimant, Instant at) {}

    @Override
    public synchronized void offer(CopyOffer offer) {
        offers.putIfAbsent(offer.key(), offer);
    }

    @Override
    public synchronized Optional<CopyOffer> find(CopyOffer.Key key) {
        return Optional.ofNullable(offers.get(key));
    }

    @Override
    public synchronized void read(CopyOffer.Key key, CopyChoices choices) {
        offers.computeIfPresent(key, (k, offer) -> offer.withChoices(choices));
    }

    @Override
    public synchronized boolean claim(
            CopyOffer.Key key, String claimant, Set<String> chosen, Instant now, Duration lease) {
        CopyOffer offer = offers.get(key);
        if (offer == null || offer.choices().isEmpty() || offer.isFinished()) {
            return false;
        }
        Claim held = claims.get(key);
        if (held != null && !held.at().isBefore(now.minus(lease))) {
            return false;
        }
        if (!offer.started()) {
            offers.put(key, offer.withChosen(chosen));
        }
        claims.put(key, new Claim(claimant, now));
        return true;
    }

    @Override
    public synchronized void settle(
            CopyOffer.Key key, String claimant, String mailboxId, CopyOutcome outcome, Instant now) {
        if (holds(key, claimant)) {
            CopyOffer offer = offers.get(key);
            offers.put(key, offer.withOutcomes(offer.outcomesWith(mailboxId, outcome)));
            claims.put(key, new Claim(claimant, now));
        }
    }

    @Override
    public synchronized void finish(CopyOffer.Key key, String claimant, Instant at) {
        if (holds(key, claimant) && !offers.get(key).isFinished()) {
            offers.put(key, offers.get(key).finished(at));
            claims.remove(key);
        }
    }

    @Override
    public synchronized void forget(Instant offeredBefore) {
        offers.values().removeIf(offer -> offer.offeredAt().isBefore(offeredBefore));
        claims.keySet().retainAll(offers.keySet());
    }

    private boolean holds(CopyOffer.Key key, String claimant) {
        Claim held = claims.get(key);
        return held != null && held.claimant().equals(claimant) && offers.containsKey(key);
    }
}
