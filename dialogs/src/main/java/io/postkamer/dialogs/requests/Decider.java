package io.postkamer.dialogs.requests;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.mailbox.MailboxService;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides requests, blocking. The decision is a guarded change in the {@link RequestStore}: of any
 * number of presses, on any instance, one wins; only the winner grants, and it grants exactly the
 * rights that were approved (grants are idempotent, so a grant retried after a crash changes nothing
 * twice). Every decision, refusal and grant goes into the history.
 */
public final class Decider {
    private final Requests requests;
    private final ApproverPolicy policy;
    private final AccessExpiry expiry;

    /** What came of a press. */
    public sealed interface Outcome permits Refused, Decided {}

    /** Nothing changed; {@code reason} is the text key saying why. */
    public record Refused(String reason, Optional<AccessRequest> request) implements Outcome {}

    /** This press decided the request (and, when approving, applied it). */
    public record Decided(AccessRequest request) implements Outcome {}

    private final RequestRecorder recorder;
    private final ApprovedGrants grants;

    public Decider(MailboxService service, Requests requests, ApproverPolicy policy, RequestRecorder recorder) {
        this.requests = requests;
        this.policy = policy;
        this.recorder = recorder;
        this.expiry = new AccessExpiry(service, requests, recorder, "decider");
        this.grants = new ApprovedGrants(service, requests, recorder);
    }

    /** Whether this person may decide the request now (refusals are recorded). */
    public Optional<Refused> check(long number, String actorId, String event) {
        return requests.store()
                .find(number)
                .map(request -> check(request, actorId, event))
                .orElse(Optional.of(new Refused("request.refused.notFound", Optional.empty())));
    }

    private Optional<Refused> check(AccessRequest request, String actorId, String event) {
        Optional<String> refusal = policy.refusal(actorId, request, event.equals("reject"));
        if (refusal.isPresent()) {
            record(request, actorId, event, AuditEntry.Outcome.REFUSED, refusal.get());
            return Optional.of(new Refused(refusal.get(), Optional.of(request)));
        }
        if (!request.isPending()) {
            return Optional.of(new Refused("request.refused.decided", Optional.of(request)));
        }
        return Optional.empty();
    }

    public Outcome approve(long number, String actorId, String actorName) {
        Optional<AccessRequest> pending = requests.store().find(number);
        if (pending.isEmpty()) {
            return new Refused("request.refused.notFound", Optional.empty());
        }
        Optional<Refused> refused = check(pending.get(), actorId, "approve");
        if (refused.isPresent()) {
            return refused.get();
        }
        Instant now = requests.clock().instant();
        if (!pending.get().isNewMailbox()) {
            // Before deciding, so that there is no moment where the approval is stored but nobody would grant
            // it should this instance stop: another instance takes over when the job comes due.
            requests.jobs().schedule(number, ScheduledJob.Kind.APPLY, now.plus(AccessExpiry.APPLY_TAKEOVER));
        }
        if (!requests.store()
                .decide(new Decision(number, RequestState.APPROVED, actorId, actorName, now, Optional.empty()))) {
            return new Refused("request.refused.decided", requests.store().find(number));
        }
        AccessRequest approved = requests.store().find(number).orElseThrow();
        record(approved, actorId, "approve", AuditEntry.Outcome.DONE, "");
        if (approved.isNewMailbox()) {
            // Nothing to grant: an administrator creates the mailbox with "Create this mailbox".
            return new Decided(approved);
        }
        AccessRequest applied = grants.apply(approved);
        requests.jobs()
                .cancel(
                        number,
                        ScheduledJob.Kind.APPLY,
                        "granted by the approving press",
                        requests.clock().instant());
        if (applied.applied() == ApplyState.APPLIED) {
            expiry.schedule(applied);
        }
        return new Decided(applied);
    }

    public Outcome reject(long number, String actorId, String actorName, String reason) {
        Optional<Refused> refused = check(number, actorId, "reject");
        if (refused.isPresent()) {
            return refused.get();
        }
        Instant now = requests.clock().instant();
        if (!requests.store()
                .decide(new Decision(number, RequestState.REJECTED, actorId, actorName, now, Optional.of(reason)))) {
            return new Refused("request.refused.decided", requests.store().find(number));
        }
        requests.jobs().cancel(number, ScheduledJob.Kind.APPLY, "rejected", now);
        AccessRequest rejected = requests.store().find(number).orElseThrow();
        record(rejected, actorId, "reject", AuditEntry.Outcome.DONE, reason);
        return new Decided(rejected);
    }

    private void record(
            AccessRequest request, String actorId, String event, AuditEntry.Outcome outcome, String detail) {
        recorder.record(request, actorId, event, outcome, detail);
    }
}
