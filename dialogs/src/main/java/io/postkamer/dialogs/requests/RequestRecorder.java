package io.postkamer.dialogs.requests;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.DirectoryNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what happens to a request into the one audit, filed under the request's mailbox, so the
 * mailbox's own history also shows the grants, revocations, notices and refusals that came from it.
 */
public final class RequestRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(RequestRecorder.class);

    private final Requests requests;
    private final DirectoryNames names;

    public RequestRecorder(Requests requests, DirectoryNames names) {
        this.requests = requests;
        this.names = names;
    }

    public void record(AccessRequest request, String actorId, String event, AuditEntry.Outcome outcome, String detail) {
        write(new AuditEntry(
                requests.clock().instant(),
                names.party(actorId),
                event,
                AuditEntry.Target.mailbox(request.mailboxId(), request.mailboxName(), request.mailboxAddress()),
                request.number(),
                outcome,
                detail,
                "",
                ""));
    }

    /** Something about requests that is no one request: the helpdesk channel set, an export, owners set. */
    public void record(
            String actorId, String action, AuditEntry.Target target, AuditEntry.Outcome outcome, String detail) {
        record(actorId, action, target, outcome, detail, "", "");
    }

    /** As above, with the state before and after as a person reads it ("Ger Verbeek SEND_AS"). */
    public void record(
            String actorId,
            String action,
            AuditEntry.Target target,
            AuditEntry.Outcome outcome,
            String detail,
            String before,
            String after) {
        write(new AuditEntry(
                requests.clock().instant(), names.party(actorId), action, target, 0, outcome, detail, before, after));
    }

    public DirectoryNames names() {
        return names;
    }

    private void write(AuditEntry entry) {
        try {
            requests.audit().record(entry);
        } catch (RuntimeException auditFailed) {
            // What happened stands; the log has it.
            LOG.error("Could not write the audit entry {}", entry, auditFailed);
        }
    }
}
