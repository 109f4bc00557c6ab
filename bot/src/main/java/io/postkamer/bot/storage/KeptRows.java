package io.postkamer.bot.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Rows this process read or wrote last, and the locks that keep them equal to the database's. */
final class KeptRows {
    private static final int LOCK_STRIPES = 64;
    final Cache<String, StoredRow> byKey;
    private final ReentrantLock[] stripes = new ReentrantLock[LOCK_STRIPES];

    KeptRows(long characters) {
        // Weighed, not counted: how much memory the kept rows take depends on how large the states are.
        this.byKey = Caffeine.newBuilder()
                .maximumWeight(characters)
                .weigher((String key, StoredRow row) -> key.length() + row.characters())
                .build();
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} holding the locks of these keys, taken in one order so that writers never deadlock. */
    <T> T locked(Collection<String> keys, Supplier<T> work) {
        SortedSet<Integer> taken = new TreeSet<>();
        keys.forEach(key -> taken.add(Math.floorMod(key.hashCode(), LOCK_STRIPES)));
        taken.forEach(stripe -> stripes[stripe].lock());
        try {
            return work.get();
        } finally {
            taken.forEach(stripe -> stripes[stripe].unlock());
        }
    }
}
