package io.postkamer.dialogs.health;

import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.TenantRead;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TenantHealthFacts;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * One read of the tenant for a health report, and once read the facts, which the fixes made since keep up to date, so
 * that a fix shows in the report without reading the tenant again.
 */
final class Scan extends TenantRead {
    private final AtomicReference<TenantHealthFacts> facts = new AtomicReference<>();

    /** The read is over, when it ended; its facts are kept from now on. */
    @Override
    public void ends(Attempt<TenantHealthFacts> attempt, Instant at) {
        if (!attempt.isFailure()) {
            facts.set(attempt.get());
        }
        super.ends(attempt, at);
    }

    /** The facts as they are now, fixes included; empty while reading and after a failed read. */
    Optional<TenantHealthFacts> facts() {
        return Optional.ofNullable(facts.get());
    }

    /** One mailbox's facts after a fix to it. */
    void update(String mailboxId, UnaryOperator<SharedMailboxFacts> fixed) {
        facts.updateAndGet(current -> current == null
                ? null
                : current.of(mailboxId).map(fixed).map(current::with).orElse(current));
    }
}
