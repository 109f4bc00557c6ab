package io.postkamer.cards.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.manage.ConfirmChangeCard;
import java.util.List;

/**
 * A fix of the health report, asked once more before it is made: what it does, the button that makes it (the same
 * press, marked confirmed) and the way back to the report. Only the question: the fix checks everything again.
 */
public final class HealthConfirmCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("health-confirm");

    /**
     * The question: its title, what the fix does, and the press its Confirm sends again.
     *
     * @param lines what the fix does and what to know first, one sentence each
     * @param pressed the verb and data of the press that asked; Confirm sends them again, confirmed
     */
    public record Question(String title, List<String> lines, String confirmTitle, Verb verb, JsonNode pressed) {
        public Question {
            lines = List.copyOf(lines);
        }
    }

    record Line(String text) {}

    record Data(String title, List<Line> lines, String confirmTitle, String verb, JsonNode press) {}

    private HealthConfirmCard() {}

    public static AdaptiveCard render(Texts texts, Question question) {
        ObjectNode press = question.pressed().isObject()
                ? ((ObjectNode) question.pressed()).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        press.put(ConfirmChangeCard.CONFIRMED, true);
        return TEMPLATE.bind(
                new Data(
                        question.title(),
                        question.lines().stream().map(Line::new).toList(),
                        question.confirmTitle(),
                        question.verb().id(),
                        press),
                texts);
    }
}
