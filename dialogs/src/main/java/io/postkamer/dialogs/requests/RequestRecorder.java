package io.postkamer.dialogs.requests;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what happens to a request into its history and into the bot's audit trail, so the mailbox's
 * own history also shows the grants, revocations and refusals that came from requests.
 */
public final class RequestRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(RequestRecorder.class);

    private final Requests requests;
    private final AuditTrail audit;

    public RequestRecorder(Requests requests, AuditTrail audit) {
        this.requests = requests;
        this.audit = audit;
    }

    public void record(AccessRequest request, String actorId, String event, String outcome, String detail) {
        var at = requests.clock().instant();
        requests.history().record(new HistoryEntry(request.number(), at, actorId, event, request.mailboxAddress(),
                outcome, detail));
        AuditEntry.Outcome audited = switch (outcome) {
            case HistoryEntry.REFUSED -> AuditEntry.Outcome.REFUSED;
            case HistoryEntry.FAILED -> AuditEntry.Outcome.FAILED;
            default -> "ALREADY_SO".equals(detail) ? AuditEntry.Outcome.ALREADY_SO : AuditEntry.Outcome.DONE;
        };
        try {
            audit.record(new AuditEntry(at, actorId, request.mailboxAddress(),
                    "request #" + request.number() + " " + event, "", request.requesterName(), audited, detail));
        } catch (RuntimeException auditFailed) {
            // The history has it; the request itself stands.
            LOG.error("Could not write the audit entry for request #{} {}", request.number(), event, auditFailed);
        }
    }
}
