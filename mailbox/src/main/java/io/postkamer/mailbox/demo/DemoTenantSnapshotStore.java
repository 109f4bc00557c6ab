package io.postkamer.mailbox.demo;

import java.util.Optional;

/**
 * Where a demo tenant keeps its state between restarts (the bot stores it in its database). The
 * snapshot is the JSON of {@link DemoTenantData}, the same format as the seed file.
 */
public interface DemoTenantSnapshotStore {

    /** The last saved snapshot, empty when none was saved yet (the tenant then starts from its seed). */
    Optional<String> load();

    /**
     * Called after every change, while the tenant holds its lock, so snapshots arrive in order. When it
     * throws, the change is undone and the caller gets a transient {@code RemoteFailure}.
     */
    void save(String snapshotJson);
}
