package io.postkamer.dialogs.copyaccess;

import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Right;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One chosen mailbox's outcome, as kept: granted, held already, failed per right; or the whole mailbox refused. The
 * reasons are kept as messages, so that any instance tells them in the reader's language.
 */
public record CopyOutcome(
        List<Right> granted, List<Right> held, Map<Right, Message> failed, Optional<Message> refused) {
    public CopyOutcome {
        granted = List.copyOf(granted);
        held = List.copyOf(held);
        failed = Map.copyOf(failed);
    }

    static CopyOutcome refused(MailboxException why) {
        return new CopyOutcome(List.of(), List.of(), Map.of(), Optional.of(Message.of(why)));
    }
}
