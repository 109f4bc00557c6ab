package io.postkamer.dialogs.copyaccess;

import io.postkamer.dialogs.common.TenantRead;
import io.postkamer.mailbox.Person;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One copy as this bot offered it on a card (its token): between whom, the read it shows, and the grants once its
 * button was pressed. The first press starts the grants; any later press of the same card shows them.
 */
final class Offer {
    private final String token;
    private final Person source;
    private final Person target;
    private final TenantRead read;
    private final AtomicReference<GrantRun> run = new AtomicReference<>();

    Offer(String token, Person source, Person target, TenantRead read) {
        this.token = token;
        this.source = source;
        this.target = target;
        this.read = read;
    }

    String token() {
        return token;
    }

    Person source() {
        return source;
    }

    Person target() {
        return target;
    }

    TenantRead read() {
        return read;
    }

    Optional<GrantRun> run() {
        return Optional.ofNullable(run.get());
    }

    /** Whether this press is the first: only then does {@code started} run. */
    boolean starts(GrantRun started) {
        return run.compareAndSet(null, started);
    }
}
