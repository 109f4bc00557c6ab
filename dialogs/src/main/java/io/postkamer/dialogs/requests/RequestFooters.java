package io.postkamer.dialogs.requests;

import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.RequestCard;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The line under a request's card, for the reader's role and the request's state: what the reader can do
 * now, or whom it waits for, or who decided it and when. What the footer says is what the buttons allow.
 */
final class RequestFooters {
    private RequestFooters() {}

    /**
     * @param viewerId who reads it, when known (a card for one person); empty for a notice or a channel
     * @param waitingFor the names of whom a pending request waits for
     */
    static String footer(
            Texts texts, AccessRequest request, RequestCard.View view, Optional<String> viewerId, String waitingFor) {
        if (!request.isPending()) {
            return decided(texts, request, viewerId);
        }
        return switch (view) {
            case REQUESTER -> texts.get("request.footer.yours", waitingFor);
            case APPROVER -> texts.get("request.card.forYou");
            case HELPDESK -> texts.get("request.footer.helpdesk", waitingFor);
            case REJECTING -> texts.get("request.footer.rejecting");
            case SUMMARY -> texts.get("request.footer.waiting", waitingFor);
        };
    }

    /** Who decided and when; to the person who decided, in the second person. */
    private static String decided(Texts texts, AccessRequest request, Optional<String> viewerId) {
        String when = request.decidedAt()
                .map(at -> texts.date(at.atZone(ZoneOffset.UTC).toLocalDate()))
                .orElse("");
        boolean approved = request.state() == RequestState.APPROVED;
        boolean byViewer = viewerId.isPresent()
                && request.decidedBy().filter(viewerId.get()::equalsIgnoreCase).isPresent();
        if (byViewer) {
            return texts.get(approved ? "request.footer.youApproved" : "request.footer.youRejected", when);
        }
        return texts.get(
                approved ? "request.footer.approved" : "request.footer.rejected",
                request.decidedByName().orElse(""),
                when);
    }
}
