package io.postkamer.dialogs.requests;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Right;
import java.util.ArrayList;
import java.util.List;

/**
 * Grants what an approved request asked for, each right once, and records how it went. Both the
 * press that approves and the job that takes over when that instance stopped before granting come
 * here; grants are idempotent and the outcome is recorded only while none is, so doing it twice
 * changes nothing twice. Blocking.
 */
final class ApprovedGrants {
    private final MailboxService service;
    private final Requests requests;
    private final RequestRecorder recorder;

    ApprovedGrants(MailboxService service, Requests requests, RequestRecorder recorder) {
        this.service = service;
        this.requests = requests;
        this.recorder = recorder;
    }

    /**
     * Grants the request's rights; the request as stored afterwards. Only on a shared mailbox, as it is
     * now: one that was converted back, or is gone, gets nothing, and the request says why.
     */
    AccessRequest apply(AccessRequest request) {
        List<String> failures = new ArrayList<>();
        boolean stillShared;
        try {
            stillShared = service.mailbox(request.mailboxId())
                    .filter(Mailbox::isShared)
                    .isPresent();
        } catch (MailboxException problem) {
            stillShared = true; // the grant itself says what is wrong, and is tried again when it passes
        }
        if (!stillShared) {
            recorder.record(
                    request,
                    "postkamer",
                    "grant",
                    AuditEntry.Outcome.REFUSED,
                    "no longer a shared mailbox: " + request.mailboxAddress());
            requests.store()
                    .recordApplied(
                            request.number(),
                            ApplyState.FAILED,
                            "no longer a shared mailbox",
                            requests.clock().instant());
            return requests.store().find(request.number()).orElse(request);
        }
        for (Right right : request.orderedRights()) {
            try {
                Change change =
                        service.grant(request.mailboxId(), request.requesterId(), right, right == Right.FULL_ACCESS);
                recorder.record(request, "postkamer", "grant " + right, AuditEntry.Outcome.DONE, change.name());
            } catch (MailboxException problem) {
                failures.add(right + ": " + problem.getMessage());
                recorder.record(
                        request, "postkamer", "grant " + right, AuditEntry.Outcome.FAILED, problem.getMessage());
            }
        }
        requests.store()
                .recordApplied(
                        request.number(),
                        failures.isEmpty() ? ApplyState.APPLIED : ApplyState.FAILED,
                        String.join("; ", failures),
                        requests.clock().instant());
        return requests.store().find(request.number()).orElse(request);
    }
}
