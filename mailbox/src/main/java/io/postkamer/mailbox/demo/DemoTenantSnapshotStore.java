package io.postkamer.mailbox.demo;

import java.util.Optional;

/**
 * Where a demo tenant keeps its state between runs (the bot stores it in its database). The snapshot
 * is the JSON of DEMO-TENANT.md, the same format as the seed file.
 */
public interface DemoTenantSnapshotStore {

    /** The snapshot saved last, or empty when the tenant should start from its seed. */
    Optional<String> load();

    /**
     * Called after every change, while the tenant holds its lock. Throwing undoes the change: the
     * caller gets a transient {@link io.postkamer.mailbox.MailboxException.RemoteFailure}.
     */
    void save(String snapshotJson);

    /** Whether {@link #save} keeps anything; when not, the tenant does not write its state out at all. */
    default boolean keeps() {
        return true;
    }

    /** Keeps nothing: every start begins from the seed. */
    DemoTenantSnapshotStore NONE = new DemoTenantSnapshotStore() {
        @Override
        public Optional<String> load() {
            return Optional.empty();
        }

        @Override
        public boolean keeps() {
            return false;
        }

        @Override
        public void save(String snapshotJson) {
            // nothing to keep
        }
    };
}
