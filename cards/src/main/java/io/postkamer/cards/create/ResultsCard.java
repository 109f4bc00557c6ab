package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Right;
import java.util.List;

/** Step 7: one line per member and right; failed lines carry the reason and can be tried again. */
public final class ResultsCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-results");

    public enum Outcome {
        MADE,
        ALREADY_SO,
        FAILED
    }

    /** What happened to one right of one member; {@code reason} is the localized text of a failure. */
    public record Line(String member, Right right, Outcome outcome, String reason) {}

    private ResultsCard() {}

    public static AdaptiveCard render(Texts texts, String token, List<Line> lines) {
        ObjectNode data = CardData.withToken(token);
        ArrayNode array = data.putArray("lines");
        for (Line line : lines) {
            String right = texts.get("right." + line.right() + ".name");
            array.addObject()
                    .put("text", texts.get("create.result." + line.outcome(), line.member(), right, line.reason()))
                    .put(
                            "color",
                            switch (line.outcome()) {
                                case MADE -> "Good";
                                case ALREADY_SO -> "Default";
                                case FAILED -> "Attention";
                            });
        }
        data.put("hasFailures", lines.stream().anyMatch(line -> line.outcome() == Outcome.FAILED));
        return TEMPLATE.bind(data, texts);
    }
}
