package io.postkamer.dialogs.requests;

import java.util.List;

/** The people who approve access requests for a shared mailbox, as an administrator set them. */
public interface MailboxOwners {
    List<String> ownersOf(String mailboxId);

    /** Replaces the owners of a mailbox; an empty list removes them. */
    void setOwners(String mailboxId, List<String> ownerIds);
}
