package io.postkamer.cards;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The first card: what the bot can do, with buttons to start. */
public final class WelcomeCard {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WelcomeCard() {
    }

    public static AdaptiveCard render(Texts texts, Optional<String> notUnderstood) {
        ObjectNode card = JSON.createObjectNode();
        card.put("type", "AdaptiveCard").put("version", "1.5")
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        ArrayNode body = card.putArray("body");
        notUnderstood.ifPresent(text -> body.addObject().put("type", "TextBlock").put("wrap", true)
                .put("text", texts.get("welcome.unknown", text)));
        body.addObject().put("type", "TextBlock").put("size", "Large").put("weight", "Bolder").put("wrap", true)
                .put("text", texts.get("welcome.title"));
        body.addObject().put("type", "TextBlock").put("wrap", true).put("text", texts.get("welcome.intro"));
        for (String key : new String[] {"create", "permissions", "signin", "manage", "request"}) {
            body.addObject().put("type", "TextBlock").put("wrap", true).put("spacing", "Small")
                    .put("text", "- " + texts.get("welcome.can." + key));
        }
        body.addObject().put("type", "TextBlock").put("wrap", true).put("isSubtle", true)
                .put("text", texts.get("welcome.tryThis"));
        ArrayNode actions = card.putArray("actions");
        for (String verb : new String[] {"create", "list", "request"}) {
            ObjectNode action = actions.addObject();
            action.put("type", "Action.Submit").put("title", texts.get("welcome.action." + verb));
            action.putObject("data").put("action", verb);
        }
        return new AdaptiveCard(card);
    }
}
