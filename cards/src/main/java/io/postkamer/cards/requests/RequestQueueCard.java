package io.postkamer.cards.requests;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/** The helpdesk's queue: open requests, oldest first, each to assign, open or reject. */
public final class RequestQueueCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("request-queue");

    private RequestQueueCard() {}

    public static AdaptiveCard render(Texts texts, List<RequestListCard.Line> lines) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode requests = data.putArray("requests");
        lines.forEach(line -> requests.addObject().put("number", line.number()).put("line", line.text()));
        return TEMPLATE.bind(data, texts);
    }
}
