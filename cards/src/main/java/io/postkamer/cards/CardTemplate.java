package io.postkamer.cards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card template from {@code cards/<name>.json}, bound to data with the part of Microsoft's Adaptive
 * Cards Templating language that Postkamer uses, in the same syntax, so the templates open in
 * Microsoft's designer as they are:
 * <ul>
 *   <li>{@code "${path.to.value}"} as a whole string keeps the JSON type of the value (boolean, number,
 *       array, object); inside a longer string the value is written into the text;</li>
 *   <li>{@code $root} is the data given to {@link #bind}, {@code $data} the current item, {@code $index}
 *       its position;</li>
 *   <li>{@code "$data": "${array}"} on an element in an array repeats the element for each item;
 *       {@code "$data": "${object}"} makes that object the scope of the element;</li>
 *   <li>{@code "$when": "${path}"} or {@code "${!path}"} keeps the element only when the value is true,
 *       a non-empty string, array or object, or a non-zero number; null is false;</li>
 *   <li>{@code ${t.some.key}} is the text {@code some.key} from {@link Texts}, in any scope. The root
 *       name {@code t} is therefore reserved: data with a top-level field {@code t} is refused.</li>
 * </ul>
 * A missing value is a defect, never a blank on the card: a path that does not resolve, an unknown
 * text, a text that takes arguments, or an expression outside this subset throws
 * {@link CardBindingException}, in tests and in production alike (a half-bound confirmation card could
 * make an admin approve something other than what they read). A value that is present but null binds as
 * absent: the property or array element is left out, and in a text it reads as empty.
 * <p>
 * Values are placed into the card as JSON values, never spliced into JSON text, and bound values are
 * not evaluated again, so data cannot change the card's structure. Data is converted with Jackson:
 * records, Maps, {@link Optional} and {@link JsonNode}s all work.
 * <p>
 * Teams reads a TextBlock's {@code text} and a fact's title and value as Markdown, and much of what
 * they show was typed by someone else: a request's reason, an appointment's subject from an outside
 * invitation. So a Markdown link in them ({@code [Approve here](https://…)}), an autolink
 * ({@code <https://…>}) and a bare address ({@code https://…}, {@code www.…}) are broken by an invisible
 * zero-width space, and show as the text they are; no template or text of Postkamer's own is a link.
 * Inputs' values and actions' data are left exactly as given.
 */
public final class CardTemplate {
    public static final String TEXTS_ROOT = "t";

    private static final ObjectMapper JSON =
            new ObjectMapper().registerModule(new Jdk8Module()).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ConcurrentMap<String, CardTemplate> LOADED = new ConcurrentHashMap<>();
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PATH = Pattern.compile(
            "(!)?\\s*(\\$root|\\$data|\\$index|[A-Za-z_][A-Za-z0-9_]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");
    private static final ConcurrentMap<String, Path> PATHS = new ConcurrentHashMap<>();
    private static final String DATA = "$data";
    private static final String WHEN = "$when";

    private final String name;
    private final JsonNode template;

    private CardTemplate(String name, JsonNode template) {
        this.name = name;
        this.template = template;
    }

    /** The template {@code cards/<name>.json}, read once and kept. */
    public static CardTemplate named(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a card template name: " + name);
        }
        return LOADED.computeIfAbsent(name, CardTemplate::load);
    }

    /** A template from JSON text, for templates that are not resources (tests of the binder). */
    static CardTemplate parse(String name, String json) {
        try {
            return new CardTemplate(name, JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Card template " + name + " is not JSON", e);
        }
    }

    private static CardTemplate load(String name) {
        try (InputStream in = CardTemplate.class.getResourceAsStream("/cards/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No card template cards/" + name + ".json");
            }
            return new CardTemplate(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Card template cards/" + name + ".json cannot be read", e);
        }
    }

    public String name() {
        return name;
    }

    /**
     * The card for this data in the language of {@code texts}.
     *
     * @param data a record, Map or JSON object
     * @throws CardBindingException when the template asks for something the data or texts lack
     */
    public AdaptiveCard bind(Object data, Texts texts) {
        Objects.requireNonNull(texts, "texts");
        JsonNode root = data instanceof JsonNode node ? node : JSON.valueToTree(data);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Card data for " + name + " must be an object, not " + root);
        }
        if (root.has(TEXTS_ROOT)) {
            throw new IllegalArgumentException("Card data for " + name + " may not have a field '" + TEXTS_ROOT
                    + "': ${" + TEXTS_ROOT + ".…} names the texts");
        }
        Binding binding = new Binding(root, texts);
        JsonNode card = binding.value(template, new Scope(root, -1), TemplatePlace.ROOT)
                .orElseThrow(() -> new CardBindingException(name, "$", "the whole card was left out"));
        return new AdaptiveCard(card);
    }

    /**
     * An expression taken apart once and kept: cards are bound on every turn, and the same few hundred
     * expressions come back each time.
     */
    private record Path(boolean negated, String head, List<String> rest, String source) {
        static final Path UNKNOWN = new Path(false, "", List.of(), "");

        static Path parse(String expression) {
            String source = expression.strip();
            Matcher path = PATH.matcher(source);
            if (!path.matches()) {
                return UNKNOWN;
            }
            String rest = path.group(3);
            return new Path(
                    path.group(1) != null,
                    path.group(2),
                    rest.isEmpty() ? List.of() : List.of(rest.substring(1).split("\\.")),
                    source);
        }
    }

    /** What an expression sees: the current item ({@code $data}) and its position ({@code $index}). */
    private record Scope(JsonNode data, int index) {}

    private final class Binding {
        private final JsonNode root;
        private final Texts texts;

        Binding(JsonNode root, Texts texts) {
            this.root = root;
            this.texts = texts;
        }

        /** The bound value, or empty when it is to be left out ($when false, null value). */
        Optional<JsonNode> value(JsonNode node, Scope scope, TemplatePlace where) {
            if (node.isObject()) {
                return element((ObjectNode) node, scope, where);
            }
            if (node.isArray()) {
                return Optional.of(array((ArrayNode) node, scope, where));
            }
            if (node.isTextual()) {
                return text(node.textValue(), scope, where);
            }
            return Optional.of(node);
        }

        private Optional<JsonNode> element(ObjectNode node, Scope scope, TemplatePlace where) {
            Scope inner = scope;
            if (node.has(DATA)) {
                JsonNode data = expression(node.get(DATA), scope, where.field(DATA));
                if (data.isArray()) {
                    throw failure(
                            where, "$data with an array repeats an element of an" + " array; here it is not in one");
                }
                inner = new Scope(data, scope.index());
            }
            if (!when(node, inner, where)) {
                return Optional.empty();
            }
            return Optional.of(fields(node, inner, where));
        }

        /** The element's own fields, bound in {@code scope}; its $data and $when were dealt with by the caller. */
        private ObjectNode fields(ObjectNode node, Scope scope, TemplatePlace where) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (key.equals(DATA) || key.equals(WHEN)) {
                    continue;
                }
                if (key.startsWith("$") && !key.equals("$schema")) {
                    throw failure(where.field(key), "not part of the templating subset");
                }
                TemplatePlace at = where.field(key);
                value(field.getValue(), scope, at)
                        .map(value -> at.isMarkdown() && value.isTextual()
                                ? TextNode.valueOf(WithoutLinks.of(value.textValue()))
                                : value)
                        .ifPresent(value -> out.set(key, value));
            }
            return out;
        }

        private ArrayNode array(ArrayNode node, Scope scope, TemplatePlace where) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                TemplatePlace itemWhere = where.index(i);
                JsonNode data = item.isObject() && item.has(DATA)
                        ? expression(item.get(DATA), scope, itemWhere.field(DATA))
                        : null;
                if (data != null && data.isArray()) {
                    for (int n = 0; n < data.size(); n++) {
                        Scope each = new Scope(data.get(n), n);
                        if (when(item, each, itemWhere)) {
                            out.add(fields((ObjectNode) item, each, itemWhere.index(n)));
                        }
                    }
                } else {
                    value(item, scope, itemWhere).ifPresent(out::add);
                }
            }
            return out;
        }

        private boolean when(JsonNode node, Scope scope, TemplatePlace where) {
            return !node.has(WHEN) || truthy(expression(node.get(WHEN), scope, where.field(WHEN)));
        }

        /** A $data or $when value: one whole expression. */
        private JsonNode expression(JsonNode node, Scope scope, TemplatePlace where) {
            Matcher whole = node.isTextual() ? EXPRESSION.matcher(node.textValue()) : null;
            if (whole == null || !whole.matches()) {
                throw failure(where, "must be one expression \"${…}\", not " + node);
            }
            return evaluate(whole.group(1), scope, where);
        }

        private Optional<JsonNode> text(String text, Scope scope, TemplatePlace where) {
            if (text.indexOf("${") < 0) {
                return Optional.of(TextNode.valueOf(text));
            }
            Matcher whole = EXPRESSION.matcher(text);
            if (whole.matches()) {
                JsonNode value = evaluate(whole.group(1), scope, where);
                return value.isNull() ? Optional.empty() : Optional.of(value);
            }
            Matcher parts = EXPRESSION.matcher(text);
            if (!parts.find()) {
                return Optional.of(TextNode.valueOf(text));
            }
            StringBuilder out = new StringBuilder();
            do {
                JsonNode value = evaluate(parts.group(1), scope, where);
                if (value.isContainerNode()) {
                    throw failure(
                            where,
                            "${" + parts.group(1).strip() + "} is an " + (value.isArray() ? "array" : "object")
                                    + " inside a text");
                }
                parts.appendReplacement(out, Matcher.quoteReplacement(value.isNull() ? "" : value.asText()));
            } while (parts.find());
            parts.appendTail(out);
            return Optional.of(TextNode.valueOf(out.toString()));
        }

        private JsonNode evaluate(String expression, Scope scope, TemplatePlace where) {
            Path path = PATHS.computeIfAbsent(expression, Path::parse);
            if (path == Path.UNKNOWN) {
                throw failure(where, "${" + expression.strip() + "} is not a path this binder knows");
            }
            JsonNode value = resolve(path.head(), path.rest(), scope, where, path.source());
            return path.negated() ? BooleanNode.valueOf(!truthy(value)) : value;
        }

        private JsonNode resolve(String head, List<String> rest, Scope scope, TemplatePlace where, String source) {
            if (head.equals(TEXTS_ROOT) && !rest.isEmpty()) {
                return TextNode.valueOf(localised(String.join(".", rest), where));
            }
            if (head.equals("$index")) {
                if (scope.index() < 0 || !rest.isEmpty()) {
                    throw failure(where, "${" + source + "} outside a repeated element");
                }
                return JsonNodeFactory.instance.numberNode(scope.index());
            }
            JsonNode current = switch (head) {
                case "$root" -> root;
                case "$data" -> scope.data();
                default -> scope.data().get(head);
            };
            if (current == null) {
                throw missing(where, source, head, scope.data());
            }
            for (int step = 0; step < rest.size(); step++) {
                JsonNode next = current.isObject() ? current.get(rest.get(step)) : null;
                if (next == null) {
                    throw missing(where, source, head + "." + String.join(".", rest.subList(0, step + 1)), current);
                }
                current = next;
            }
            return current;
        }

        private CardBindingException failure(TemplatePlace where, String message) {
            return new CardBindingException(name, where.toString(), message);
        }

        private CardBindingException missing(TemplatePlace where, String source, String walked, JsonNode in) {
            String has = in.isObject() ? "it has " + fieldNames(in) : "it is " + in.getNodeType();
            return failure(where, "${" + source + "}: no value at '" + walked + "' (" + has + ")");
        }

        private String localised(String key, TemplatePlace where) {
            if (!texts.has(key)) {
                throw failure(where, "no text '" + key + "' in " + texts.locale());
            }
            String text = texts.get(key);
            if (text.contains("{0}")) {
                throw failure(where, "text '" + key + "' takes arguments: bind it from data");
            }
            return text;
        }
    }

    private static String fieldNames(JsonNode object) {
        StringBuilder names = new StringBuilder("[");
        object.fieldNames()
                .forEachRemaining(
                        field -> names.append(names.length() > 1 ? ", " : "").append(field));
        return names.append(']').toString();
    }

    private static boolean truthy(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        if (value.isContainerNode()) {
            return !value.isEmpty();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        return false;
    }
}
