package io.postkamer.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Activities as the Bot Connector (or the local chat page) sends them, built as JSON. */
public final class Activities {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String MEGAN = "aad-megan";

    private Activities() {}

    public static ObjectNode message(String conversationId, String fromId, String text, String locale) {
        ObjectNode activity = base("message", conversationId, fromId, locale);
        activity.put("text", text);
        return activity;
    }

    public static ObjectNode conversationUpdate(String conversationId, String fromId, String locale) {
        ObjectNode activity = base("conversationUpdate", conversationId, fromId, locale);
        ArrayNode added = activity.putArray("membersAdded");
        added.addObject().put("id", "bot").put("name", "Postkamer");
        added.addObject().put("id", fromId).put("name", "Someone");
        return activity;
    }

    /** An invoke activity (a card's Universal Action, a people picker's search) with its value. */
    public static ObjectNode invoke(String conversationId, String fromId, String name, JsonNode value, String locale) {
        ObjectNode activity = base("invoke", conversationId, fromId, locale);
        activity.put("name", name);
        activity.set("value", value);
        return activity;
    }

    /** The activity as Teams delivers it in a tenant: the tenant in channelData.tenant.id and, unless only there, in conversation.tenantId. */
    public static ObjectNode inTenant(ObjectNode activity, String tenantId, boolean alsoOnConversation) {
        activity.putObject("channelData").putObject("tenant").put("id", tenantId);
        if (alsoOnConversation) {
            ((ObjectNode) activity.path("conversation")).put("tenantId", tenantId);
        }
        return activity;
    }

    public static ObjectNode expectReplies(ObjectNode activity) {
        return activity.put("deliveryMode", "expectReplies");
    }

    private static ObjectNode base(String type, String conversationId, String fromId, String locale) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type)
                .put("id", UUID.randomUUID().toString())
                .put("channelId", "msteams")
                .put("serviceUrl", "http://localhost:1/")
                .put("locale", locale)
                .put("timestamp", "2026-11-24T08:00:00.000Z");
        activity.putObject("conversation").put("id", conversationId).put("conversationType", "personal");
        activity.putObject("from").put("id", fromId).put("aadObjectId", fromId).put("name", "Someone");
        activity.putObject("recipient")
                .put("id", "bot")
                .put("name", "Postkamer")
                .put("role", "bot");
        return activity;
    }

    /** The activities of an expectReplies answer. */
    public static List<JsonNode> replies(String responseBody) {
        try {
            List<JsonNode> activities = new ArrayList<>();
            JSON.readTree(responseBody).path("activities").forEach(activities::add);
            return activities;
        } catch (Exception e) {
            throw new IllegalStateException("not an expectReplies answer: " + responseBody, e);
        }
    }

    /** The texts of every TextBlock in the Adaptive Cards of these activities. */
    public static List<String> cardTexts(List<JsonNode> activities) {
        List<String> texts = new ArrayList<>();
        for (JsonNode activity : activities) {
            for (JsonNode attachment : activity.path("attachments")) {
                collectTexts(attachment.path("content"), texts);
            }
        }
        return texts;
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isObject() && "TextBlock".equals(node.path("type").asText())) {
            texts.add(node.path("text").asText());
        }
        node.forEach(child -> collectTexts(child, texts));
    }

    /** The card in an answer: a new message's attachment, or the card an invoke answered with; missing when none. */
    public static JsonNode cardOf(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return JsonNodeFactory.instance.missingNode();
        }
        for (JsonNode reply : replies(response.body())) {
            JsonNode invoked = reply.path("value").path("body");
            if (invoked.path("type").asText().equals("application/vnd.microsoft.card.adaptive")) {
                return invoked.path("value");
            }
            for (JsonNode attachment : reply.path("attachments")) {
                return attachment.path("content");
            }
        }
        return JsonNodeFactory.instance.missingNode();
    }

    /** The token a card's actions carry, to press them as Teams would; empty when it has none. */
    public static String tokenOf(JsonNode card) {
        JsonNode token = card.findValue("token");
        return token == null ? "" : token.asText();
    }
}
