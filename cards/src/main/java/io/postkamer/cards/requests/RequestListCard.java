package io.postkamer.cards.requests;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/** A person's own requests, or the requests waiting for their approval, newest first, each one to open. */
public final class RequestListCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("request-list");

    /**
     * One line: the request's number and its text in the reader's language.
     *
     * @param canFulfil an administrator's "Create this mailbox" next to an approved new-mailbox request
     */
    public record Line(long number, String text, boolean canFulfil) {
        public Line(long number, String text) {
            this(number, text, false);
        }
    }

    private RequestListCard() {}

    public static AdaptiveCard render(Texts texts, String title, List<Line> lines) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("title", title);
        ArrayNode requests = data.putArray("requests");
        lines.forEach(line -> requests.addObject()
                .put("number", line.number())
                .put("line", line.text())
                .put("open", texts.get("request.list.open", line.number()))
                .put("canFulfil", line.canFulfil()));
        return TEMPLATE.bind(data, texts);
    }
}
