package io.postkamer.dialogs.reviews;

import io.postkamer.dialogs.reviews.memory.MemoryReviewStore;

/** What the access reviews keep, and how they run, as the application wires them. */
public record Reviews(ReviewStore store, ReviewSettings settings) {
    public static Reviews inMemory() {
        return new Reviews(new MemoryReviewStore(), ReviewSettings.standard());
    }
}
