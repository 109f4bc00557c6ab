package io.postkamer.dialogs.create;

import java.util.List;

/** What a request for a new mailbox asked for: its name and the people proposed as members (Entra ids). */
public record MailboxPlan(String displayName, List<String> proposedMemberIds) {

    public MailboxPlan {
        proposedMemberIds = List.copyOf(proposedMemberIds);
    }
}
