package io.postkamer.dialogs.requests;

import io.postkamer.mailbox.Right;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request for access to a shared mailbox, as stored.
 *
 * @param approverIds who the policy named when the request was made, or the one person the helpdesk handed
 *     it to (for notifying and card refresh); who may decide is asked again at decision time
 * @param reassignedTo the person the helpdesk handed the request to, who may decide it
 */
public record AccessRequest(
        long number,
        String requesterId,
        String requesterName,
        String mailboxId,
        String mailboxName,
        String mailboxAddress,
        Set<Right> rights,
        String reason,
        Optional<LocalDate> until,
        List<String> approverIds,
        Instant createdAt,
        RequestState state,
        Optional<String> decidedBy,
        Optional<String> decidedByName,
        Optional<Instant> decidedAt,
        Optional<String> rejectReason,
        ApplyState applied,
        Optional<String> applyDetail,
        Optional<String> assignedTo,
        Optional<String> assignedName,
        Optional<Instant> remindedAt,
        RequestKind kind,
        List<String> proposedMembers,
        Optional<String> reassignedTo) {
    /** The longest reason, purpose or rejection reason a request takes. */
    static final int MAX_REASON = 500;

    public AccessRequest {
        rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
        approverIds = List.copyOf(approverIds);
        proposedMembers = List.copyOf(proposedMembers);
    }

    public boolean isNewMailbox() {
        return kind == RequestKind.NEW_MAILBOX;
    }

    public static AccessRequest from(long number, NewAccessRequest request) {
        return new AccessRequest(
                number,
                request.requesterId(),
                request.requesterName(),
                request.mailboxId(),
                request.mailboxName(),
                request.mailboxAddress(),
                request.rights(),
                request.reason(),
                request.until(),
                request.approverIds(),
                request.at(),
                RequestState.PENDING,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ApplyState.NOT_YET,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                request.kind(),
                request.proposedMembers(),
                Optional.empty());
    }

    public AccessRequest decided(Decision decision) {
        return new AccessRequest(
                number,
                requesterId,
                requesterName,
                mailboxId,
                mailboxName,
                mailboxAddress,
                rights,
                reason,
                until,
                approverIds,
                createdAt,
                decision.to(),
                Optional.of(decision.deciderId()),
                Optional.of(decision.deciderName()),
                Optional.of(decision.at()),
                decision.rejectReason(),
                applied,
                applyDetail,
                assignedTo,
                assignedName,
                remindedAt,
                kind,
                proposedMembers,
                reassignedTo);
    }

    public AccessRequest appliedAs(ApplyState outcome, String detail) {
        return new AccessRequest(
                number,
                requesterId,
                requesterName,
                mailboxId,
                mailboxName,
                mailboxAddress,
                rights,
                reason,
                until,
                approverIds,
                createdAt,
                state,
                decidedBy,
                decidedByName,
                decidedAt,
                rejectReason,
                outcome,
                Optional.of(detail).filter(d -> !d.isEmpty()),
                assignedTo,
                assignedName,
                remindedAt,
                kind,
                proposedMembers,
                reassignedTo);
    }

    public AccessRequest assignedTo(String personId, String name) {
        return new AccessRequest(
                number,
                requesterId,
                requesterName,
                mailboxId,
                mailboxName,
                mailboxAddress,
                rights,
                reason,
                until,
                approverIds,
                createdAt,
                state,
                decidedBy,
                decidedByName,
                decidedAt,
                rejectReason,
                applied,
                applyDetail,
                Optional.of(personId),
                Optional.of(name),
                remindedAt,
                kind,
                proposedMembers,
                reassignedTo);
    }

    /** The request handed to one other approver, who becomes its one named approver. */
    public AccessRequest reassignedTo(String approverId) {
        return new AccessRequest(
                number,
                requesterId,
                requesterName,
                mailboxId,
                mailboxName,
                mailboxAddress,
                rights,
                reason,
                until,
                List.of(approverId),
                createdAt,
                state,
                decidedBy,
                decidedByName,
                decidedAt,
                rejectReason,
                applied,
                applyDetail,
                assignedTo,
                assignedName,
                remindedAt,
                kind,
                proposedMembers,
                Optional.of(approverId));
    }

    /** Handed to this person by the helpdesk. */
    public boolean isReassignedTo(String personId) {
        return reassignedTo.filter(personId::equalsIgnoreCase).isPresent();
    }

    public AccessRequest remindedAt(Instant at) {
        return new AccessRequest(
                number,
                requesterId,
                requesterName,
                mailboxId,
                mailboxName,
                mailboxAddress,
                rights,
                reason,
                until,
                approverIds,
                createdAt,
                state,
                decidedBy,
                decidedByName,
                decidedAt,
                rejectReason,
                applied,
                applyDetail,
                assignedTo,
                assignedName,
                Optional.of(at),
                kind,
                proposedMembers,
                reassignedTo);
    }

    public boolean isPending() {
        return state == RequestState.PENDING;
    }

    /** The rights in their fixed order (Full Access, Send As, Send on Behalf). */
    public List<Right> orderedRights() {
        return rights.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(rights));
    }
}
