package io.postkamer.mailbox.demo;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Keeps the last snapshot in memory; can be told to fail, to see that a failed save undoes the change. */
public final class InMemorySnapshotStore implements DemoTenantSnapshotStore {
    private final AtomicReference<String> snapshot = new AtomicReference<>();
    private final AtomicInteger saves = new AtomicInteger();
    private volatile boolean failing;

    @Override
    public Optional<String> load() {
        return Optional.ofNullable(snapshot.get());
    }

    @Override
    public void save(String snapshotJson) {
        if (failing) {
            throw new IllegalStateException("database unavailable");
        }
        saves.incrementAndGet();
        snapshot.set(snapshotJson);
    }

    public int saves() {
        return saves.get();
    }

    public void failSaves(boolean fail) {
        failing = fail;
    }
}
