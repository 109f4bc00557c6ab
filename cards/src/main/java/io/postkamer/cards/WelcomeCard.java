package io.postkamer.cards;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The first card: what the bot can do, with buttons to start; it also answers what it did not understand. */
public final class WelcomeCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("welcome");

    private WelcomeCard() {
    }

    /** What a person typed is echoed back shortened: a card must stay far below Teams' message size. */
    private static final int ECHO_LIMIT = 200;

    public static AdaptiveCard render(Texts texts, Optional<String> notUnderstood) {
        notUnderstood = notUnderstood.map(text -> text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…");
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("notUnderstood", notUnderstood.isPresent())
                .put("notUnderstoodText", notUnderstood.map(text -> texts.get("welcome.unknown", text)).orElse(""));
        return TEMPLATE.bind(data, texts);
    }
}
