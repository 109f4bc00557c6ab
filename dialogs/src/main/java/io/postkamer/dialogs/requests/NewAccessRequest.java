package io.postkamer.dialogs.requests;

import io.postkamer.mailbox.Right;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A request for access as the requester filled it in, with the approvers the policy chose then. */
public record NewAccessRequest(
        String requesterId,
        String requesterName,
        String mailboxId,
        String mailboxName,
        String mailboxAddress,
        Set<Right> rights,
        String reason,
        Optional<LocalDate> until,
        List<String> approverIds,
        Instant at,
        RequestKind kind,
        List<String> proposedMembers) {
    public NewAccessRequest {
        rights = Set.copyOf(new TreeSet<>(rights));
        approverIds = List.copyOf(approverIds);
        proposedMembers = List.copyOf(proposedMembers);
    }

    /** A request for access to an existing mailbox. */
    public NewAccessRequest(
            String requesterId,
            String requesterName,
            String mailboxId,
            String mailboxName,
            String mailboxAddress,
            Set<Right> rights,
            String reason,
            Optional<LocalDate> until,
            List<String> approverIds,
            Instant at) {
        this(
                requesterId,
                requesterName,
                mailboxId,
                mailboxName,
                mailboxAddress,
                rights,
                reason,
                until,
                approverIds,
                at,
                RequestKind.ACCESS,
                List.of());
    }
}
