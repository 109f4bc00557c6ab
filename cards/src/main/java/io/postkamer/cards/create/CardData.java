package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** Helpers for building template data: a fresh object with the step token, and error fields. */
final class CardData {
    private CardData() {}

    static ObjectNode withToken(String token) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("token", token);
        return data;
    }

    static ObjectNode withError(ObjectNode data, Optional<String> error) {
        data.put("hasError", error.isPresent());
        data.put("error", error.orElse(""));
        return data;
    }

    static ArrayNode texts(ObjectNode data, String field, List<String> lines) {
        ArrayNode array = data.putArray(field);
        lines.forEach(line -> array.addObject().put("text", line));
        return array;
    }
}
