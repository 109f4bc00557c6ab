package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.People;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The helpdesk hands a pending request to another approver (someone from the people picker, or the
 * mailbox's owner or the requester's manager it suggests): the new approver gets the request as a new
 * request's approvers do, and may decide it. Everything about the press is checked here, on the server:
 * the presser, the request and the person chosen; a refusal changes nothing and is audited.
 */
final class Reassignments {
    private final MailboxCalls calls;
    private final Requests requests;
    private final ApproverPolicy policy;
    private final RequestViews views;
    private final RequestRecorder recorder;
    private final Notifications notifications;
    private final RequestCards cards;

    /** What came of a press: the request as handed on, or the text key saying why not. */
    private sealed interface Outcome {
        record Reassigned(AccessRequest request, String approverName) implements Outcome {}

        record Refused(String reason) implements Outcome {}
    }

    Reassignments(
            MailboxCalls calls,
            Requests requests,
            ApproverPolicy policy,
            RequestViews views,
            RequestRecorder recorder,
            Notifications notifications,
            RequestCards cards) {
        this.calls = calls;
        this.requests = requests;
        this.policy = policy;
        this.views = views;
        this.recorder = recorder;
        this.notifications = notifications;
        this.cards = cards;
    }

    CompletableFuture<Void> reassign(TurnContext turn, Asker asker, long number, String approverId) {
        Texts texts = asker.texts();
        return calls.store(service -> handOn(service, asker, number, approverId.strip()))
                .thenCompose(outcome -> {
                    if (outcome.isFailure()) {
                        return RequestReplies.sayProblem(turn, texts, outcome);
                    }
                    if (outcome.get() instanceof Outcome.Refused refused) {
                        return CardReplies.say(turn, texts.get(refused.reason(), number));
                    }
                    Outcome.Reassigned reassigned = (Outcome.Reassigned) outcome.get();
                    AccessRequest handedOn = reassigned.request();
                    return notifications
                            .approversOf(handedOn, asker.locale())
                            .thenCompose(told -> notifications.requesterOfHandOver(
                                    handedOn, reassigned.approverName(), asker.locale()))
                            .thenCompose(told -> cards.show(turn, asker, handedOn));
                });
    }

    private Outcome handOn(MailboxService service, Asker asker, long number, String approverId) {
        String actor = asker.id();
        Optional<AccessRequest> found = requests.store().find(number);
        if (!policy.mayTriage(actor)) {
            return refuse(
                    found, actor, number, "request.reassign.helpdeskOnly", "not the helpdesk or an administrator");
        }
        if (found.isEmpty()) {
            return refuse(found, actor, number, "request.refused.notFound", "no such request");
        }
        AccessRequest request = found.get();
        if (!request.isPending()) {
            return refuse(found, actor, number, "request.refused.decided", "already decided");
        }
        if (approverId.isEmpty()) {
            return new Outcome.Refused("request.reassign.choose");
        }
        if (approverId.equalsIgnoreCase(request.requesterId())) {
            return refuse(found, actor, number, "request.reassign.requester", "to the requester " + approverId);
        }
        if (approverId.equalsIgnoreCase(actor)) {
            return refuse(found, actor, number, "request.reassign.self", "to the person reassigning");
        }
        Optional<Person> person = personOrNone(service, approverId);
        if (person.isEmpty()) {
            return refuse(found, actor, number, "request.reassign.unknown", "nobody in the directory: " + approverId);
        }
        String name = person.get().displayName();
        String before = views.waitingFor(Texts.forLocale("en"), request);
        if (!requests.store().reassign(number, person.get().id())) {
            return new Outcome.Refused("request.refused.decided");
        }
        recorder.record(request, actor, "reassign", AuditEntry.Outcome.DONE, "from " + before + " to " + name);
        return new Outcome.Reassigned(requests.store().find(number).orElseThrow(), name);
    }

    /** A crafted id the directory does not know, or a shared mailbox's account, is a refusal to audit. */
    private static Optional<Person> personOrNone(MailboxService service, String id) {
        return People.picked(service, id);
    }

    /** Refused, and the refusal in the audit: under the request when there is one. */
    private Outcome refuse(Optional<AccessRequest> request, String actor, long number, String reason, String detail) {
        if (request.isPresent()) {
            recorder.record(request.get(), actor, "reassign", AuditEntry.Outcome.REFUSED, reason + ": " + detail);
        } else {
            String subject = "request #" + number;
            recorder.record(
                    actor,
                    "reassign",
                    new AuditEntry.Target(subject, subject, ""),
                    AuditEntry.Outcome.REFUSED,
                    reason + ": " + detail);
        }
        return new Outcome.Refused(reason);
    }
}
