package io.postkamer.dialogs;

import io.postkamer.dialogs.copyaccess.CopyOfferStore;
import io.postkamer.dialogs.copyaccess.memory.MemoryCopyOfferStore;
import io.postkamer.dialogs.offboarding.OffboardingStore;
import io.postkamer.dialogs.offboarding.memory.MemoryOffboardingStore;

/**
 * Where the features keep what must outlive an instance: offboardings, and the copies of access offered on cards. In
 * the database every instance shares, so that a restart or another instance goes on with them; in memory for tests.
 */
public record FeatureStores(OffboardingStore offboardings, CopyOfferStore copyOffers) {
    public static FeatureStores inMemory() {
        return new FeatureStores(new MemoryOffboardingStore(), new MemoryCopyOfferStore());
    }
}
