package io.postkamer.dialogs.requests;

import java.util.List;
import java.util.Map;

/** The people who approve access requests for a shared mailbox, as an administrator set them. */
public interface MailboxOwners {
    List<String> ownersOf(String mailboxId);

    /**
     * The owners of every mailbox that has them, by the mailbox's id in lower case: what a report of all mailboxes asks
     * once, not per mailbox.
     */
    Map<String, List<String>> ownersByMailbox();

    /** Replaces the owners of a mailbox; an empty list removes them. */
    void setOwners(String mailboxId, List<String> ownerIds);
}
