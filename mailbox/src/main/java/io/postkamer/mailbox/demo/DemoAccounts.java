package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.time.Instant;
import java.util.function.Consumer;

/** What the demo tenant changes on a mailbox's user account and on what it answers by itself. */
final class DemoAccounts {
    private DemoAccounts() {}

    static Change setSignInBlocked(MailboxState m, boolean blocked, Consumer<String> log) {
        if (m.signInBlocked == blocked) {
            return Change.ALREADY_SO;
        }
        m.signInBlocked = blocked;
        log.accept((blocked ? "block" : "unblock") + " sign-in " + m.alias);
        return Change.MADE;
    }

    static Change signOutEverywhere(MailboxState m, Instant now, Consumer<String> log) {
        m.signedOutAt = now;
        log.accept("sign out everywhere " + m.alias);
        return Change.MADE;
    }

    static Change setAutomaticReply(MailboxState m, AutomaticReply reply, Consumer<String> log) {
        reply.requireValid();
        if (m.automaticReply.sameAs(reply)) {
            return Change.ALREADY_SO;
        }
        m.automaticReply = reply.enabled() ? reply : AutomaticReply.OFF;
        log.accept((reply.enabled() ? "set automatic reply " : "switch off automatic reply ") + m.alias);
        return Change.MADE;
    }
}
