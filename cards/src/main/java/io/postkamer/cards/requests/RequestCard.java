package io.postkamer.cards.requests;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;
import java.util.Optional;

/**
 * One request, as each viewer sees it: Teams refreshes the card for the requester and the approvers
 * ({@code refresh.userIds}), so an approver gets the buttons, the requester the status, and everyone
 * else keeps the read-only summary that was posted.
 */
public final class RequestCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("request-card");

    /** Which buttons the card carries: none, Approve and Reject, the helpdesk's Reject, or the reject form. */
    public enum View {
        SUMMARY,
        REQUESTER,
        APPROVER,
        /** A helpdesk member who may not approve this request: Reject only (triage). */
        HELPDESK,
        REJECTING
    }

    public enum Outcome {
        NONE,
        GOOD,
        BAD
    }

    /**
     * What the card says; texts already in the viewer's language.
     *
     * @param refreshFor Teams user ids (29:…) whose client asks the bot for their own view
     */
    public record Facts(
            long number,
            String mailbox,
            String requester,
            String rights,
            String reason,
            String until,
            String approvers,
            String status,
            Outcome outcome,
            String outcomeText,
            List<String> refreshFor,
            boolean newMailbox) {}

    /**
     * What this reader is told and may do beyond the view's own buttons.
     *
     * @param note the footer, for this reader's role and the request's state
     * @param canFulfil an administrator's "Create this mailbox" on a request for a new mailbox
     * @param approveWhileRejecting Approve next to the reject form, for someone who may approve
     * @param reassign the helpdesk may hand the request to another approver
     * @param suggested whom the reassign picker offers first (the mailbox's owners, the requester's manager)
     */
    public record Options(
            String note,
            boolean canFulfil,
            boolean approveWhileRejecting,
            boolean reassign,
            List<RequestFormCard.Choice> suggested) {
        public Options {
            suggested = List.copyOf(suggested);
        }

        /** Just the footer: no extra buttons. */
        public static Options note(String note) {
            return new Options(note, false, false, false, List.of());
        }
    }

    private RequestCard() {}

    public static AdaptiveCard render(Texts texts, Facts facts, View view, Options options, Optional<String> error) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        boolean rejecting = view == View.REJECTING;
        data.put("number", facts.number())
                .put(
                        "title",
                        texts.get(
                                facts.newMailbox() ? "request.card.newTitle" : "request.card.title",
                                facts.number(),
                                facts.mailbox()))
                .put("newMailbox", facts.newMailbox())
                .put("requester", facts.requester())
                .put("mailbox", facts.mailbox())
                .put("rights", facts.rights())
                .put("reason", facts.reason())
                .put("until", facts.until())
                .put("approvers", facts.approvers())
                .put("status", facts.status())
                .put("hasOutcome", facts.outcome() != Outcome.NONE)
                .put("outcome", facts.outcomeText())
                .put("outcomeColor", facts.outcome() == Outcome.BAD ? "Attention" : "Good")
                .put("note", options.note())
                .put("hasError", error.isPresent())
                .put("error", error.orElse(""))
                .put("deciding", view == View.APPROVER || view == View.HELPDESK)
                .put("canApprove", view == View.APPROVER)
                .put("rejecting", rejecting)
                .put("approveWhileRejecting", rejecting && options.approveWhileRejecting())
                .put("reassigning", options.reassign() && !rejecting)
                .put("fulfilling", options.canFulfil() && facts.newMailbox() && !rejecting);
        ArrayNode suggested = data.putArray("suggested");
        options.suggested()
                .forEach(choice ->
                        suggested.addObject().put("title", choice.title()).put("value", choice.value()));
        ArrayNode userIds = data.putArray("refreshFor");
        facts.refreshFor().forEach(userIds::add);
        return TEMPLATE.bind(data, texts);
    }
}
