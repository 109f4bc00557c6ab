package io.postkamer.dialogs.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Mention;
import io.postkamer.cards.Verb;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the person did this turn: pressed a card button (an {@code adaptiveCard/action} invoke, or a
 * message carrying the button's data from clients without Universal Actions), or typed text. A card's
 * inputs arrive merged into the button's data, next to the step token. A {@link FollowUps follow-up}
 * turn the bot takes on its own reads as the press it stands for, marked {@code followUp}.
 */
public record UserInput(String verb, String token, ObjectNode data, String text, boolean followUp) {
    public static final String CARD_ACTION = "adaptiveCard/action";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AT_MENTION = Pattern.compile("<at>[^<]*</at>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static UserInput of(Activity activity) {
        if (activity.isType(ActivityTypes.INVOKE) && CARD_ACTION.equals(activity.getName())) {
            JsonNode action = tree(activity.getValue()).path("action");
            return fromData(action.path("verb").asText(""), action.path("data"), false);
        }
        if (activity.isType(ActivityTypes.EVENT) && FollowUps.EVENT.equals(activity.getName())) {
            JsonNode followUp = tree(activity.getValue());
            return fromData(followUp.path("verb").asText(""), followUp.path("data"), true);
        }
        JsonNode value = tree(activity.getValue());
        if (value.isObject() && (value.has("verb") || value.has("action"))) {
            return fromData(value.path("verb").asText(value.path("action").asText("")), value, false);
        }
        return new UserInput("", "", JsonNodeFactory.instance.objectNode(), textOf(activity), false);
    }

    /** The typed text without the bot's @mention (in channels Teams puts it in the text). */
    public static String textOf(Activity activity) {
        String text = Optional.ofNullable(activity.getText()).orElse("");
        String bot =
                activity.getRecipient() == null ? null : activity.getRecipient().getId();
        if (bot != null && activity.getEntities() != null) {
            // The SDK's own removal fails on a mention without "mentioned"; such a mention is ignored.
            for (Mention mention : mentions(activity)) {
                if (mention.getMentioned() != null
                        && bot.equals(mention.getMentioned().getId())
                        && mention.getText() != null
                        && !mention.getText().isEmpty()) {
                    text = text.replace(mention.getText(), " ");
                }
            }
        }
        String cleaned =
                AT_MENTION.matcher(text).replaceAll(" ").replace('\u00a0', ' ').strip();
        return SPACES.matcher(cleaned).replaceAll(" ");
    }

    private static java.util.List<Mention> mentions(Activity activity) {
        try {
            return Optional.ofNullable(activity.getMentions()).orElse(java.util.List.of());
        } catch (RuntimeException unreadable) {
            return java.util.List.of();
        }
    }

    public boolean isAction() {
        return !verb.isEmpty();
    }

    /** The button's verb, if it is one of the cards' vocabulary, matched exactly. */
    public Optional<Verb> action() {
        return Verb.of(verb);
    }

    public boolean is(Verb wanted) {
        return wanted.id().equals(verb);
    }

    public boolean isText() {
        return verb.isEmpty() && !text.isEmpty();
    }

    public String input(String id) {
        return data.path(id).asText("").strip();
    }

    private static UserInput fromData(String verb, JsonNode data, boolean followUp) {
        ObjectNode copy = data.isObject() ? ((ObjectNode) data).deepCopy() : JsonNodeFactory.instance.objectNode();
        return new UserInput(verb, copy.path("token").asText(""), copy, "", followUp);
    }

    private static JsonNode tree(Object value) {
        if (value == null) {
            return JsonNodeFactory.instance.missingNode();
        }
        return value instanceof JsonNode node ? node : JSON.valueToTree(value);
    }
}
