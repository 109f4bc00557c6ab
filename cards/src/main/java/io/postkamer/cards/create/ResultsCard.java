package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Right;
import java.util.List;
import java.util.Optional;

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

    /** What became of the mailbox's Sent Items copies, set with the rights: {@code keep} as chosen. */
    public record SentItemsLine(boolean keep, Outcome outcome, String reason) {}

    public static AdaptiveCard render(Texts texts, String token, List<Line> lines) {
        return render(texts, token, lines, Optional.empty());
    }

    public static AdaptiveCard render(Texts texts, String token, List<Line> lines, Optional<SentItemsLine> sentItems) {
        ObjectNode data = CardData.withToken(token);
        ArrayNode array = data.putArray("lines");
        for (Line line : lines) {
            String right = texts.get("right." + line.right() + ".name");
            array.addObject()
                    .put("text", texts.get("create.result." + line.outcome(), line.member(), right, line.reason()))
                    .put("color", color(line.outcome()));
        }
        sentItems.ifPresent(line -> array.addObject()
                .put(
                        "text",
                        texts.get(
                                "create.result.sentItems." + line.outcome(),
                                texts.get(line.keep() ? "sentItems.result.kept" : "sentItems.result.notKept"),
                                line.reason()))
                .put("color", color(line.outcome())));
        data.put(
                "hasFailures",
                lines.stream().anyMatch(line -> line.outcome() == Outcome.FAILED)
                        || sentItems
                                .filter(line -> line.outcome() == Outcome.FAILED)
                                .isPresent());
        return TEMPLATE.bind(data, texts);
    }

    private static String color(Outcome outcome) {
        return switch (outcome) {
            case MADE -> "Good";
            case ALREADY_SO -> "Default";
            case FAILED -> "Attention";
        };
    }
}
