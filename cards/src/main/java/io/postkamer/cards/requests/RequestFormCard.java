package io.postkamer.cards.requests;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Right;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The access request form: mailbox, permissions, reason, optional end date; filled in again after a refusal. */
public final class RequestFormCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("request-form");

    /** A mailbox to choose. */
    public record Choice(String title, String value) {}

    /** What the person filled in (empty the first time). */
    public record Filled(String mailbox, Set<Right> rights, String reason, String until) {
        public static Filled empty() {
            return new Filled("", Set.of(), "", "");
        }
    }

    private RequestFormCard() {}

    public static AdaptiveCard render(
            Texts texts, List<Choice> mailboxes, Filled filled, LocalDate today, Optional<String> error) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("hasError", error.isPresent())
                .put("error", error.orElse(""))
                .put("mailbox", filled.mailbox())
                .put("reason", filled.reason())
                .put("until", filled.until())
                .put("tomorrow", today.plusDays(1).toString());
        ArrayNode choices = data.putArray("mailboxes");
        mailboxes.forEach(
                choice -> choices.addObject().put("title", choice.title()).put("value", choice.value()));
        ArrayNode rights = data.putArray("rights");
        for (Right right : Right.values()) {
            rights.addObject()
                    .put("id", inputId(right))
                    .put("title", texts.get("right." + right + ".explained"))
                    .put("value", Boolean.toString(filled.rights().contains(right)));
        }
        return TEMPLATE.bind(data, texts);
    }

    /** The id of a permission's toggle: {@code fullAccess}, {@code sendAs}, {@code sendOnBehalf}. */
    public static String inputId(Right right) {
        return switch (right) {
            case FULL_ACCESS -> "fullAccess";
            case SEND_AS -> "sendAs";
            case SEND_ON_BEHALF -> "sendOnBehalf";
        };
    }
}
