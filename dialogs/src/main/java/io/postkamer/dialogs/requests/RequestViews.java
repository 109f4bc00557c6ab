package io.postkamer.dialogs.requests;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.cards.requests.RequestFormCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Right;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A request's card for one viewer and the lines of request lists, in the viewer's language. Blocking. */
public final class RequestViews {
    /** As many people as the new-mailbox form offers before anything is typed. */
    private static final int SUGGESTED_PEOPLE = 25;

    private final MailboxService service;
    private final Requests requests;
    private final ApproverPolicy policy;

    public RequestViews(MailboxService service, Requests requests, ApproverPolicy policy) {
        this.service = service;
        this.requests = requests;
        this.policy = policy;
    }

    /**
     * The view this person gets: the requester the status; whoever may decide a pending request Approve and
     * Reject; the helpdesk, which may not approve it, Reject (triage); everyone else the summary.
     */
    public RequestCard.View viewFor(AccessRequest request, String viewerId) {
        if (viewerId.equalsIgnoreCase(request.requesterId())) {
            return RequestCard.View.REQUESTER;
        }
        if (!request.isPending()) {
            return RequestCard.View.SUMMARY;
        }
        if (policy.mayDecide(viewerId, request)) {
            return RequestCard.View.APPROVER;
        }
        return policy.mayTriage(viewerId) ? RequestCard.View.HELPDESK : RequestCard.View.SUMMARY;
    }

    /** The card for nobody in particular (a notice, the helpdesk channel): the footer for the view alone. */
    public AdaptiveCard card(Texts texts, AccessRequest request, RequestCard.View view, Optional<String> error) {
        String note = RequestFooters.footer(texts, request, view, Optional.empty(), waitingFor(texts, request));
        return RequestCard.render(texts, facts(texts, request), view, RequestCard.Options.note(note), error);
    }

    /**
     * The card for this viewer: the footer for their role and the request's state; an administrator who did
     * not ask gets "Create this mailbox" on a new-mailbox request; the helpdesk may hand a pending request
     * on; who may approve finds Approve next to the reject form too.
     */
    public AdaptiveCard cardFor(
            Texts texts, AccessRequest request, String viewerId, RequestCard.View view, Optional<String> error) {
        boolean requester = viewerId.equalsIgnoreCase(request.requesterId());
        boolean canFulfil = request.isNewMailbox()
                && request.state() != RequestState.REJECTED
                && !requester
                && policy.isAdministrator(viewerId);
        boolean reassign =
                request.isPending() && view != RequestCard.View.REJECTING && !requester && policy.mayTriage(viewerId);
        List<RequestFormCard.Choice> suggested = reassign ? suggestions(request) : List.of();
        RequestCard.Options options = new RequestCard.Options(
                RequestFooters.footer(texts, request, view, Optional.of(viewerId), waitingFor(texts, request)),
                canFulfil,
                policy.mayDecide(viewerId, request),
                reassign,
                suggested);
        return RequestCard.render(texts, facts(texts, request), view, options, error);
    }

    /**
     * Whom the reassign picker offers before anything is typed: the mailbox's owners and the requester's
     * manager; without those, the first people of the directory, as the new-mailbox form does (a picker
     * needs at least one choice to be shown).
     */
    private List<RequestFormCard.Choice> suggestions(AccessRequest request) {
        List<RequestFormCard.Choice> suggested = policy.suggestedApprovers(request).stream()
                .map(id -> new RequestFormCard.Choice(nameOf(id), id))
                .toList();
        if (!suggested.isEmpty()) {
            return suggested;
        }
        return service.people(SUGGESTED_PEOPLE).stream()
                .filter(person -> !person.id().equalsIgnoreCase(request.requesterId()))
                .map(person -> new RequestFormCard.Choice(person.displayName(), person.id()))
                .toList();
    }

    /** Whom a pending request waits for, by name: its named approvers, else an administrator. */
    public String waitingFor(Texts texts, AccessRequest request) {
        return request.approverIds().isEmpty()
                ? texts.get("request.footer.anAdministrator")
                : request.approverIds().stream().map(this::nameOf).collect(Collectors.joining(", "));
    }

    /** An approved request for a new mailbox that no administrator has started to create yet. */
    public boolean awaitsCreation(AccessRequest request) {
        return request.isNewMailbox()
                && request.state() == RequestState.APPROVED
                && requests.audit().ofRequest(request.number()).stream()
                        .noneMatch(
                                entry -> entry.action().equals("fulfil") && entry.outcome() == AuditEntry.Outcome.DONE);
    }

    /** The mailbox as people read it: "Name (address)", or the proposed name of a new one. */
    public static String mailboxLabel(AccessRequest request) {
        return request.mailboxAddress().isEmpty()
                ? request.mailboxName()
                : request.mailboxName() + " (" + request.mailboxAddress() + ")";
    }

    public RequestCard.Facts facts(Texts texts, AccessRequest request) {
        String approvers = request.approverIds().isEmpty()
                ? texts.get("request.card.noApprovers")
                : request.approverIds().stream().map(this::nameOf).collect(Collectors.joining(", "));
        RequestCard.Outcome outcome = switch (request.applied()) {
            case APPLIED -> RequestCard.Outcome.GOOD;
            case FAILED -> RequestCard.Outcome.BAD;
            case NOT_YET -> RequestCard.Outcome.NONE;
        };
        String outcomeText = switch (request.applied()) {
            case APPLIED -> texts.get("request.status.applied");
            case FAILED ->
                texts.get("request.status.applyFailed", request.applyDetail().orElse(""));
            case NOT_YET -> "";
        };
        // Teams refreshes a card for at most 60 people: the requester and the approvers first, then the helpdesk,
        // so that an agent reading the channel sees their own footer and buttons too.
        List<String> people = new ArrayList<>();
        people.add(request.requesterId());
        people.addAll(request.approverIds());
        people.addAll(policy.helpdesk());
        List<String> refreshFor = requests.references().refreshIdsOf(people);
        String rights = request.isNewMailbox()
                ? texts.get(
                        "request.new.members",
                        request.proposedMembers().isEmpty()
                                ? texts.get("request.new.noMembers")
                                : request.proposedMembers().stream()
                                        .map(this::nameOf)
                                        .collect(Collectors.joining(", ")))
                : rights(texts, request);
        return new RequestCard.Facts(
                request.number(),
                mailboxLabel(request),
                request.requesterName(),
                rights,
                request.reason(),
                request.until().map(texts::date).orElse(texts.get("request.card.noEnd")),
                approvers,
                status(texts, request),
                outcome,
                outcomeText,
                refreshFor,
                request.isNewMailbox());
    }

    public String status(Texts texts, AccessRequest request) {
        String when = request.decidedAt()
                .map(at -> texts.date(at.atZone(ZoneOffset.UTC).toLocalDate()))
                .orElse("");
        String by = request.decidedByName().orElse("");
        return switch (request.state()) {
            case PENDING -> texts.get("request.status.PENDING");
            case APPROVED -> texts.get("request.status.APPROVED", by, when);
            case REJECTED ->
                texts.get(
                        "request.status.REJECTED",
                        by,
                        when,
                        request.rejectReason().orElse(""));
        };
    }

    public static String rights(Texts texts, AccessRequest request) {
        if (request.isNewMailbox()) {
            return texts.get("request.new.kind");
        }
        return request.orderedRights().stream()
                .map(right -> rightName(texts, right))
                .collect(Collectors.joining(", "));
    }

    public static String rightName(Texts texts, Right right) {
        return texts.get("right." + right + ".name");
    }

    /** The directory's name for this person, else the name the channel gave. */
    public String nameOr(String personId, String fallback) {
        try {
            return service.person(personId).map(Person::displayName).orElse(fallback);
        } catch (MailboxException problem) {
            return fallback;
        }
    }

    public String nameOf(String personId) {
        try {
            return service.person(personId).map(Person::displayName).orElse(personId);
        } catch (MailboxException problem) {
            return personId;
        }
    }
}
