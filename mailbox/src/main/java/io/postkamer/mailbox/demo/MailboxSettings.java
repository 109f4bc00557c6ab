package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.SentItemsCopies;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.util.Objects;
import java.util.function.Consumer;

/** Settings of a demo mailbox itself, changed as Set-Mailbox changes them: idempotent, each write logged. */
final class MailboxSettings {
    private MailboxSettings() {}

    /** Set-Mailbox -Type Shared. */
    static Change convertToShared(MailboxState m, Consumer<String> log) {
        if (m.kind == MailboxKind.SHARED) {
            throw new MailboxException.InvalidInput(Problem.ALREADY_SHARED, m.displayName);
        }
        m.kind = MailboxKind.SHARED;
        log.accept("convert " + m.alias);
        return Change.MADE;
    }

    static Change hide(MailboxState m, boolean hidden, Consumer<String> log) {
        if (m.hidden == hidden) {
            return Change.ALREADY_SO;
        }
        m.hidden = hidden;
        log.accept((hidden ? "hide " : "show ") + m.alias);
        return Change.MADE;
    }

    /** Only a shared mailbox: its members are the ones who send as it or on its behalf. */
    static Change keepCopies(MailboxState m, SentItemsCopies copies, Consumer<String> log) {
        Objects.requireNonNull(copies, "copies");
        if (m.kind != MailboxKind.SHARED) {
            throw new MailboxException.InvalidInput(Problem.NOT_A_SHARED_MAILBOX, m.displayName);
        }
        if (m.sentItemsCopies.equals(copies)) {
            return Change.ALREADY_SO;
        }
        m.sentItemsCopies = copies;
        log.accept("sent items copies " + m.alias + " sentAs=" + copies.sentAs() + " sentOnBehalf="
                + copies.sentOnBehalf());
        return Change.MADE;
    }
}
