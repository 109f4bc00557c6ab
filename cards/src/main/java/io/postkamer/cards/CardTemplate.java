package io.postkamer.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One screen's card: a template from {@code cards/<screen>.json}, bound to data with the subset of the
 * Adaptive Cards Templating language the screens use: {@code ${path}} (a whole value keeps its JSON
 * type, inside a longer string it is interpolated), {@code ${!path}}, {@code $root}, {@code ${t.key}}
 * for a text in the person's language, {@code $data} (object or array: repeats the element) and
 * {@code $when}. Values are placed into the JSON tree, never spliced into JSON text, so nothing a
 * person typed can change a card's structure.
 */
public final class CardTemplate {
    private static final Map<String, CardTemplate> LOADED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern WHOLE = Pattern.compile("^\\$\\{([^}]+)}$");

    private final JsonNode template;

    private CardTemplate(JsonNode template) {
        this.template = template;
    }

    /** The template of a screen, read once. */
    public static CardTemplate named(String screen) {
        return LOADED.computeIfAbsent(screen, CardTemplate::load);
    }

    private static CardTemplate load(String screen) {
        try (InputStream in = CardTemplate.class.getResourceAsStream("/cards/" + screen + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No card template " + screen);
            }
            return new CardTemplate(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AdaptiveCard bind(ObjectNode data, Texts texts) {
        JsonNode bound = bindNode(template, data, data, texts);
        return new AdaptiveCard(bound);
    }

    private JsonNode bindNode(JsonNode node, JsonNode scope, JsonNode root, Texts texts) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$data") || field.getKey().equals("$when")) {
                    continue;
                }
                out.set(field.getKey(), bindNode(field.getValue(), scope, root, texts));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : node) {
                JsonNode itemScope = item.has("$data") ? bindValue(item.get("$data"), scope, root, texts) : scope;
                if (itemScope.isArray()) {
                    for (JsonNode element : itemScope) {
                        addIfWanted(out, item, element, root, texts);
                    }
                } else {
                    addIfWanted(out, item, itemScope, root, texts);
                }
            }
            return out;
        }
        return bindValue(node, scope, root, texts);
    }

    private void addIfWanted(ArrayNode out, JsonNode item, JsonNode scope, JsonNode root, Texts texts) {
        if (item.has("$when") && !truthy(bindValue(item.get("$when"), scope, root, texts))) {
            return;
        }
        out.add(bindNode(item, scope, root, texts));
    }

    private JsonNode bindValue(JsonNode node, JsonNode scope, JsonNode root, Texts texts) {
        if (!node.isTextual()) {
            return node.isContainerNode() ? bindNode(node, scope, root, texts) : node;
        }
        String text = node.textValue();
        Matcher whole = WHOLE.matcher(text);
        if (whole.matches()) {
            return evaluate(whole.group(1).strip(), scope, root, texts);
        }
        Matcher parts = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (parts.find()) {
            JsonNode value = evaluate(parts.group(1).strip(), scope, root, texts);
            parts.appendReplacement(out, Matcher.quoteReplacement(value.isValueNode() ? value.asText() : value.toString()));
        }
        parts.appendTail(out);
        return TextNode.valueOf(out.toString());
    }

    private static JsonNode evaluate(String expression, JsonNode scope, JsonNode root, Texts texts) {
        if (expression.startsWith("!")) {
            return BooleanNode.valueOf(!truthy(evaluate(expression.substring(1).strip(), scope, root, texts)));
        }
        if (expression.startsWith("t.")) {
            return TextNode.valueOf(texts.get(expression.substring(2)));
        }
        JsonNode current = scope;
        String path = expression;
        if (path.startsWith("$root.")) {
            current = root;
            path = path.substring("$root.".length());
        }
        for (String step : path.split("\\.")) {
            current = current.path(step);
        }
        return current.isMissingNode() ? TextNode.valueOf("") : current;
    }

    private static boolean truthy(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty() && !value.textValue().equals("false");
        }
        if (value.isContainerNode()) {
            return value.size() > 0;
        }
        return !value.isNull() && !value.isMissingNode() && !(value.isNumber() && value.asDouble() == 0);
    }
}
