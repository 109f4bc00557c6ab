package io.postkamer.dialogs.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Action.Execute buttons anywhere on a card (also in ActionSets), as a person would press them. */
final class CardActions {
    private CardActions() {}

    static List<String> verbs(JsonNode card) {
        List<String> verbs = new ArrayList<>();
        collect(card, verbs, null);
        return verbs;
    }

    /** The data the button with this verb sends, with the inputs the person filled in. */
    static ObjectNode data(JsonNode card, String verb, Map<String, String> inputs) {
        List<JsonNode> found = new ArrayList<>();
        collect(card, new ArrayList<>(), found);
        ObjectNode data = found.stream()
                .filter(a -> a.path("verb").asText().equals(verb))
                .findFirst()
                .map(a -> ((ObjectNode) a.path("data")).deepCopy())
                .orElseThrow(() -> new AssertionError("no button " + verb + " on " + card));
        inputs.forEach(data::put);
        return data;
    }

    private static void collect(JsonNode node, List<String> verbs, List<JsonNode> actions) {
        if (node.isObject()) {
            if ("Action.Execute".equals(node.path("type").asText())) {
                verbs.add(node.path("verb").asText());
                if (actions != null) {
                    actions.add(node);
                }
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("refresh")) {
                    collect(field.getValue(), verbs, actions);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, verbs, actions));
        }
    }
}
