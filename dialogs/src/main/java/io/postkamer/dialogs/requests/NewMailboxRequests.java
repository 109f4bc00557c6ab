package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.NewMailboxRequestCard;
import io.postkamer.cards.requests.RequestFormCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.People;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.create.MailboxPlan;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Requests for a new shared mailbox ("request a new shared mailbox"): the form, its submission, and
 * "Create this mailbox", with which an administrator approves the request and starts creating it.
 */
final class NewMailboxRequests {
    /** The longest display name Exchange takes. */
    private final MailboxCalls calls;

    private final Requests requests;
    private final ApproverPolicy policy;
    private final RequestViews views;
    private final RequestRecorder recorder;
    private final Notifications notifications;
    private final RequestCards cards;
    private final NewRequestNotices notices;

    NewMailboxRequests(
            MailboxCalls calls,
            Requests requests,
            ApproverPolicy policy,
            RequestViews views,
            RequestRecorder recorder,
            Notifications notifications,
            RequestCards cards,
            NewRequestNotices notices) {
        this.calls = calls;
        this.requests = requests;
        this.policy = policy;
        this.views = views;
        this.recorder = recorder;
        this.notifications = notifications;
        this.cards = cards;
        this.notices = notices;
    }

    /** The empty form. */
    CompletableFuture<Void> open(TurnContext turn, Asker asker) {
        return open(turn, asker, Optional.empty());
    }

    /** The form, with the name and purpose proposed from what the asker said the mailbox is for. */
    CompletableFuture<Void> open(TurnContext turn, Asker asker, Optional<String> forWhat) {
        String name = forWhat.filter(what -> what.length() <= NewSharedMailbox.MAX_CHOSEN_NAME_LENGTH)
                .orElse("");
        return form(turn, asker.texts(), name, forWhat.orElse(""), Optional.empty());
    }

    private CompletableFuture<Void> form(
            TurnContext turn, Texts texts, String name, String purpose, Optional<String> error) {
        return calls.read(service -> service.people(25).stream()
                        .map(p -> new RequestFormCard.Choice(p.displayName(), p.id()))
                        .toList())
                .thenCompose(people -> people.isFailure()
                        ? RequestReplies.sayProblem(turn, texts, people)
                        : RequestReplies.show(
                                turn, NewMailboxRequestCard.render(texts, name, purpose, people.get(), error)));
    }

    CompletableFuture<Void> submit(TurnContext turn, Asker asker, UserInput input) {
        Texts texts = asker.texts();
        String name = input.input("name");
        String purpose = input.input("reason");
        List<String> members = Arrays.stream(input.input("members").split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
        if (name.isEmpty()
                || name.length() > NewSharedMailbox.MAX_CHOSEN_NAME_LENGTH
                || purpose.isEmpty()
                || purpose.length() > AccessRequest.MAX_REASON) {
            return form(turn, texts, name, purpose, Optional.of(texts.get("request.new.invalid")));
        }
        return calls.store(service -> {
                    for (String member : members) {
                        if (People.picked(service, member).isEmpty()) {
                            throw new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, member);
                        }
                    }
                    String requesterName =
                            service.person(asker.id()).map(Person::displayName).orElse(asker.teamsName());
                    List<String> approvers = policy.approversFor(asker.id(), "");
                    AccessRequest created = requests.store()
                            .create(new NewAccessRequest(
                                    asker.id(),
                                    requesterName,
                                    "",
                                    name,
                                    "",
                                    Set.of(),
                                    purpose,
                                    Optional.empty(),
                                    approvers,
                                    requests.clock().instant(),
                                    RequestKind.NEW_MAILBOX,
                                    members));
                    recorder.record(created, asker.id(), "request new mailbox", AuditEntry.Outcome.DONE, name);
                    return created;
                })
                .thenCompose(created -> created.isFailure()
                        ? RequestReplies.sayProblem(turn, texts, created)
                        : cards.show(turn, asker, created.get())
                                .thenCompose(shown -> notices.tell(turn, asker, created.get())));
    }

    /** What "Create this mailbox" came to, before the wizard starts. */
    private sealed interface Fulfilment {
        /**
         * Approved, {@code now} by this press or before it.
         *
         * @param request the request as it stands after the press
         */
        record Approved(boolean now, Optional<AccessRequest> request) implements Fulfilment {}

        /** Not to be created by this person now; {@code reason} is the text key saying why. */
        record Refused(String reason) implements Fulfilment {}
    }

    /**
     * "Create this mailbox" on a new-mailbox request: an administrator (not the requester) approves it if
     * it is still pending, then the create conversation starts with the proposed name. Returns the plan
     * to start with, or empty after telling why not.
     */
    CompletableFuture<Optional<MailboxPlan>> fulfil(TurnContext turn, Asker asker, long number) {
        Texts texts = asker.texts();
        return calls.store(service -> approveToCreate(asker, number)).thenCompose(fulfilment -> {
            if (fulfilment.isFailure()) {
                return RequestReplies.sayProblem(turn, texts, fulfilment).thenApply(said -> Optional.empty());
            }
            if (fulfilment.get() instanceof Fulfilment.Refused refused) {
                return CardReplies.say(turn, texts.get(refused.reason(), number))
                        .thenApply(said -> Optional.empty());
            }
            Fulfilment.Approved approved = (Fulfilment.Approved) fulfilment.get();
            Optional<AccessRequest> request = approved.request();
            CompletableFuture<Void> told = approved.now() && request.isPresent()
                    ? notifications.requesterOf(request.get(), asker.locale())
                    : CompletableFuture.completedFuture(null);
            return told.thenApply(done -> request.map(r -> new MailboxPlan(r.mailboxName(), r.proposedMembers())));
        });
    }

    private Fulfilment approveToCreate(Asker asker, long number) {
        String actor = asker.id();
        Optional<AccessRequest> found = requests.store().find(number).filter(AccessRequest::isNewMailbox);
        if (found.isEmpty()) {
            return new Fulfilment.Refused("request.refused.notFound");
        }
        AccessRequest request = found.get();
        if (actor.equalsIgnoreCase(request.requesterId())) {
            recorder.record(request, actor, "fulfil", AuditEntry.Outcome.REFUSED, "request.refused.own");
            return new Fulfilment.Refused("request.refused.own");
        }
        if (!policy.isAdministrator(actor)) {
            recorder.record(request, actor, "fulfil", AuditEntry.Outcome.REFUSED, "request.new.fulfilAdminsOnly");
            return new Fulfilment.Refused("request.new.fulfilAdminsOnly");
        }
        if (request.state() == RequestState.REJECTED) {
            return new Fulfilment.Refused("request.refused.decided");
        }
        boolean approvedNow = request.isPending()
                && requests.store()
                        .decide(new Decision(
                                number,
                                RequestState.APPROVED,
                                actor,
                                views.nameOr(actor, asker.teamsName()),
                                requests.clock().instant(),
                                Optional.empty()));
        if (approvedNow) {
            recorder.record(request, actor, "approve", AuditEntry.Outcome.DONE, "");
        }
        recorder.record(request, actor, "fulfil", AuditEntry.Outcome.DONE, request.mailboxName());
        return new Fulfilment.Approved(approvedNow, requests.store().find(number));
    }
}
