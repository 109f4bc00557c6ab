package io.postkamer.cards.copyaccess;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What became of a copy, mailbox by mailbox, as the tenant answered: the rights granted, those skipped because the
 * target held them already, those that failed with the reason, a mailbox refused with the reason, and the mailboxes
 * left alone. Nothing is said to be done that was not.
 */
public final class CopyResultCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("copy-result");

    /** One mailbox's outcome; {@code refused} is the reason the whole mailbox was left, in the reader's words. */
    public record Outcome(
            String mailbox,
            boolean chosen,
            List<Right> granted,
            List<Right> held,
            Map<Right, String> failed,
            String refused) {
        public Outcome {
            granted = List.copyOf(granted);
            held = List.copyOf(held);
            failed = Map.copyOf(failed);
        }
    }

    record Line(String text, String color) {}

    record Row(String name, List<Line> lines) {}

    record Data(String title, String summary, List<Row> rows) {}

    private CopyResultCard() {}

    public static AdaptiveCard render(Texts texts, String sourceName, String targetName, List<Outcome> outcomes) {
        int granted = 0;
        int failed = 0;
        List<Row> rows = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            List<Line> lines = new ArrayList<>();
            if (!outcome.chosen()) {
                lines.add(new Line(texts.get("copy.result.notChosen"), "Default"));
            } else if (!outcome.refused().isEmpty()) {
                lines.add(new Line(texts.get("copy.result.refused", outcome.refused()), "Attention"));
                failed++;
            }
            if (!outcome.granted().isEmpty()) {
                lines.add(new Line(
                        texts.get("copy.result.granted", CopyAccessCard.rights(texts, outcome.granted())), "Good"));
                granted += outcome.granted().size();
            }
            if (!outcome.held().isEmpty()) {
                lines.add(new Line(
                        texts.get("copy.result.held", CopyAccessCard.rights(texts, outcome.held())), "Default"));
            }
            for (Right right : Right.values()) {
                if (outcome.failed().containsKey(right)) {
                    lines.add(new Line(
                            texts.get(
                                    "copy.result.failed",
                                    texts.get("right." + right + ".name"),
                                    outcome.failed().get(right)),
                            "Attention"));
                    failed++;
                }
            }
            rows.add(new Row(outcome.mailbox(), lines));
        }
        String summary = failed == 0
                ? texts.get("copy.result.summary", granted)
                : texts.get("copy.result.summaryFailed", granted, failed);
        return TEMPLATE.bind(new Data(texts.get("copy.result.title", sourceName, targetName), summary, rows), texts);
    }
}
