package io.postkamer.cards.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import java.util.List;

/**
 * A change that takes something away or hides, asked once more before it is made: what it does, what the person
 * should know first, the button that makes it (the same press, marked confirmed) and the way back to the
 * mailbox. The card is only the question: the change checks everything again when it is confirmed.
 */
public final class ConfirmChangeCard {
    /** The data key that marks a press as confirmed. */
    public static final String CONFIRMED = "confirmed";

    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-confirm");

    /**
     * @param mailboxId the mailbox the Back button returns to
     * @param lines what the change does, one sentence each
     * @param warnings what the person must know before, shown as a warning
     * @param pressed the verb and data of the press that asked; Confirm sends them again, confirmed
     */
    public record Question(
            String mailboxId,
            String title,
            List<String> lines,
            List<String> warnings,
            String confirmTitle,
            Verb verb,
            JsonNode pressed) {
        public Question {
            lines = List.copyOf(lines);
            warnings = List.copyOf(warnings);
        }
    }

    record Line(String text) {}

    record Data(
            String id,
            String title,
            List<Line> lines,
            List<Line> warnings,
            String confirmTitle,
            String verb,
            JsonNode press) {}

    private ConfirmChangeCard() {}

    public static AdaptiveCard render(Texts texts, Question question) {
        ObjectNode press = question.pressed().isObject()
                ? ((ObjectNode) question.pressed()).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        press.put(CONFIRMED, true);
        return TEMPLATE.bind(
                new Data(
                        question.mailboxId(),
                        question.title(),
                        question.lines().stream().map(Line::new).toList(),
                        question.warnings().stream().map(Line::new).toList(),
                        question.confirmTitle(),
                        question.verb().id(),
                        press),
                texts);
    }

    /** Whether the press is the confirmation's own button. */
    public static boolean isConfirmed(JsonNode pressed) {
        JsonNode confirmed = pressed.path(CONFIRMED);
        return confirmed.asBoolean(false) || confirmed.asText("").equals("true");
    }
}
