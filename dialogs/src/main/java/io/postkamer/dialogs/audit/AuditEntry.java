package io.postkamer.dialogs.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the one audit: who did what, on which target, how it ended and when. Every change made
 * through the bot is in it, every refusal, every request and decision, every notice and what became of
 * it. Names are as the directory had them at the time; ids are kept beside them.
 *
 * @param action  what was done or asked, in words ("block sign-in", "grant SEND_AS", "notify approver")
 * @param request the access request this is about, 0 for none
 * @param detail  the reason of a refusal or failure, or what else is worth knowing
 * @param before  the state before a change, as a person reads it ("" when it does not apply)
 * @param after   the state after it
 */
public record AuditEntry(
        Instant at,
        Party actor,
        String action,
        Target target,
        long request,
        Outcome outcome,
        String detail,
        String before,
        String after) {

    /** How it ended. */
    public enum Outcome {
        DONE,
        ALREADY_SO,
        REFUSED,
        FAILED,
        /** A notice the connector took. */
        DELIVERED,
        /** A notice Teams refused for now (throttled, busy): it is sent again after the wait Teams asks; the final outcome follows. */
        QUEUED,
        /** A notice that did not reach the person; the detail says why. */
        NOT_DELIVERED;

        /** In words, for the export and the logs: "done", "already so", "queued for retry", "not delivered". */
        public String word() {
            return this == QUEUED
                    ? "queued for retry"
                    : name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Who: their id and their name as the directory had it. */
    public record Party(String id, String name) {
        /** The bot itself, for what it does on its own (notices, scheduled jobs). */
        public static final Party BOT = new Party("postkamer", "Postkamer");

        public Party {
            id = id == null ? "" : id;
            name = name == null || name.isBlank() ? id : name;
        }
    }

    /**
     * What it was done to: its id and name, and the mailbox whose history it belongs in (its primary
     * address, lower case; empty when there is none, as for a channel or an export).
     */
    public record Target(String id, String name, String mailbox) {
        public static final Target NONE = new Target("", "", "");

        public Target {
            id = id == null ? "" : id;
            name = name == null || name.isBlank() ? id : name;
            mailbox = mailbox == null ? "" : mailbox.strip().toLowerCase(Locale.ROOT);
        }

        public static Target mailbox(String id, String name, String address) {
            return new Target(id, name, address);
        }
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
