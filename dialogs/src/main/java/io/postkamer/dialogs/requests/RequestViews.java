package io.postkamer.dialogs.requests;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.cards.requests.RequestListCard;
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
    private final MailboxService service;
    private final Requests requests;
    private final ApproverPolicy policy;

    public RequestViews(MailboxService service, Requests requests, ApproverPolicy policy) {
        this.service = service;
        this.requests = requests;
        this.policy = policy;
    }

    /** The view this person gets: the requester the status, an approver of a pending request the buttons. */
    public RequestCard.View viewFor(AccessRequest request, String viewerId) {
        if (viewerId.equalsIgnoreCase(request.requesterId())) {
            return RequestCard.View.REQUESTER;
        }
        return request.isPending() && policy.refusal(viewerId, request).isEmpty()
                ? RequestCard.View.APPROVER
                : RequestCard.View.SUMMARY;
    }

    public AdaptiveCard card(Texts texts, AccessRequest request, RequestCard.View view, Optional<String> error) {
        return RequestCard.render(texts, facts(texts, request), view, error);
    }

    /** The card for this viewer: an administrator who did not ask gets "Create this mailbox" on a new-mailbox request. */
    public AdaptiveCard cardFor(
            Texts texts, AccessRequest request, String viewerId, RequestCard.View view, Optional<String> error) {
        boolean canFulfil = request.isNewMailbox()
                && request.state() != RequestState.REJECTED
                && !viewerId.equalsIgnoreCase(request.requesterId())
                && policy.isAdministrator(viewerId);
        return RequestCard.render(texts, facts(texts, request), view, error, canFulfil);
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
        List<String> refreshFor = new ArrayList<>();
        List<String> people = new ArrayList<>(request.approverIds());
        people.add(0, request.requesterId());
        people.forEach(id -> requests.references()
                .of(id)
                .map(reference -> reference.getUser().getId())
                .filter(userId -> !refreshFor.contains(userId))
                .ifPresent(refreshFor::add));
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

    public RequestListCard.Line line(Texts texts, AccessRequest request) {
        return new RequestListCard.Line(
                request.number(),
                texts.get(
                        "request.list.line",
                        request.number(),
                        request.mailboxName(),
                        rights(texts, request),
                        status(texts, request)));
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
