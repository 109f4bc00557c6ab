package io.postkamer.dialogs.create;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.create.CreateMailbox.Grant;
import java.util.List;

/**
 * Whether the new mailbox is to keep a copy of what is sent as it or on its behalf in its own Sent Items (proposed:
 * yes), and what became of setting it. It is set with the members' rights and, like them, once: a retry sets it
 * only while it is not known to be so.
 */
public record SentItemsChoice(boolean keep, Grant.Outcome outcome, List<Message> reason) {
    public SentItemsChoice {
        outcome = outcome == null ? Grant.Outcome.PENDING : outcome;
        reason = reason == null ? List.of() : List.copyOf(reason);
    }

    public static SentItemsChoice proposed() {
        return new SentItemsChoice(true, Grant.Outcome.PENDING, List.of());
    }

    /** The switch as the admin left it: what is already so stays settled, a change is to be set. */
    public SentItemsChoice chosen(boolean newKeep) {
        return newKeep == keep ? this : new SentItemsChoice(newKeep, Grant.Outcome.PENDING, List.of());
    }

    public SentItemsChoice with(Grant.Outcome newOutcome, List<Message> newReason) {
        return new SentItemsChoice(keep, newOutcome, newReason);
    }

    @JsonIgnore
    public boolean isSettled() {
        return outcome == Grant.Outcome.MADE || outcome == Grant.Outcome.ALREADY_SO;
    }
}
