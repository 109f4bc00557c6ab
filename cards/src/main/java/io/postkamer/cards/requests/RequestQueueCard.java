package io.postkamer.cards.requests;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/**
 * The helpdesk's queue: open requests, oldest first, each to assign, open or reject, and to approve where
 * the helpdesk is the approver of last resort; then approved new-mailbox requests, for an administrator
 * to create.
 */
public final class RequestQueueCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("request-queue");

    /**
     * One request in the queue.
     *
     * @param pending still to decide: Assign to me and Reject
     * @param canApprove the reader may approve it (the helpdesk is its approver, or an administrator reads)
     * @param canFulfil approved and for a new mailbox: an administrator's "Create this mailbox"
     */
    public record Line(long number, String text, boolean pending, boolean canApprove, boolean canFulfil) {}

    private RequestQueueCard() {}

    public static AdaptiveCard render(Texts texts, List<Line> lines) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode requests = data.putArray("requests");
        lines.forEach(line -> requests.addObject()
                .put("number", line.number())
                .put("line", line.text())
                .put("pending", line.pending())
                .put("canApprove", line.canApprove())
                .put("canFulfil", line.canFulfil()));
        return TEMPLATE.bind(data, texts);
    }
}
