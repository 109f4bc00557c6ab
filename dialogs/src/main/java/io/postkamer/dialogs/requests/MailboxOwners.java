package io.postkamer.dialogs.requests;

import java.util.List;
import java.util.Set;

/** The people who approve access requests for a shared mailbox, as an administrator set them. */
public interface MailboxOwners {
    List<String> ownersOf(String mailboxId);

    /** The mailboxes that have owners, by id in lower case: what a report of all mailboxes asks once, not per mailbox. */
    Set<String> mailboxesWithOwners();

    /** Replaces the owners of a mailbox; an empty list removes them. */
    void setOwners(String mailboxId, List<String> ownerIds);
}
