package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.util.function.Consumer;

/** What the demo tenant changes on a mailbox itself: its type, and whether the address lists show it. */
final class DemoMailboxChanges {
    private DemoMailboxChanges() {}

    static Change convertToShared(MailboxState m, Consumer<String> log) {
        if (m.kind == MailboxKind.SHARED) {
            throw new MailboxException.InvalidInput(Problem.ALREADY_SHARED, m.displayName);
        }
        m.kind = MailboxKind.SHARED;
        log.accept("convert " + m.alias);
        return Change.MADE;
    }

    static Change setHidden(MailboxState m, boolean hidden, Consumer<String> log) {
        if (m.hidden == hidden) {
            return Change.ALREADY_SO;
        }
        m.hidden = hidden;
        log.accept((hidden ? "hide " : "show ") + m.alias);
        return Change.MADE;
    }
}
