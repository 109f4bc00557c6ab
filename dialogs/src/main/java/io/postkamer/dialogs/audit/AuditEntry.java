package io.postkamer.dialogs.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change asked for through the bot: who, when, on which mailbox, what it was before and after,
 * and how it ended ({@link Outcome}). Refusals are recorded too: a non-administrator pressing a
 * crafted button is exactly what an auditor wants to see.
 */
public record AuditEntry(Instant at, String actorId, String mailbox, String action, String before, String after,
                         Outcome outcome, String detail) {

    public enum Outcome { DONE, ALREADY_SO, REFUSED, FAILED }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        detail = detail == null ? "" : detail;
    }
}
