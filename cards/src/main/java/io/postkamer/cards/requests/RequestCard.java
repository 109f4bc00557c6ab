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

    public enum View {
        SUMMARY,
        REQUESTER,
        APPROVER,
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

    private RequestCard() {}

    public static AdaptiveCard render(Texts texts, Facts facts, View view, Optional<String> error) {
        return render(texts, facts, view, error, false);
    }

    /** With {@code canFulfil} an administrator gets "Create this mailbox" on a request for a new mailbox. */
    public static AdaptiveCard render(Texts texts, Facts facts, View view, Optional<String> error, boolean canFulfil) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("number", facts.number())
                .put(
                        "title",
                        texts.get(
                                facts.newMailbox() ? "request.card.newTitle" : "request.card.title",
                                facts.number(),
                                facts.mailbox()))
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
                .put(
                        "note",
                        texts.get(
                                switch (view) {
                                    case SUMMARY -> "request.card.readOnly";
                                    case REQUESTER -> "request.card.yours";
                                    case APPROVER, REJECTING -> "request.card.forYou";
                                }))
                .put("hasError", error.isPresent())
                .put("error", error.orElse(""))
                .put("deciding", view == View.APPROVER)
                .put("rejecting", view == View.REJECTING)
                .put("fulfilling", canFulfil && facts.newMailbox() && view != View.REJECTING);
        ArrayNode userIds = data.putArray("refreshFor");
        facts.refreshFor().forEach(userIds::add);
        return TEMPLATE.bind(data, texts);
    }
}
