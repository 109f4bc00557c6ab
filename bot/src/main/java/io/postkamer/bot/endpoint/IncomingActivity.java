package io.postkamer.bot.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Turns a request body into an activity, or says in one line why it is not one. Parsed with the
 * SDK's own serialisation, independent of whatever JSON library the web framework uses.
 */
public final class IncomingActivity {
    public static final int MAX_BYTES = 256 * 1024;
    /** Conversation and user ids name the bot's state; Teams' longest stay far below this. */
    static final int MAX_ID_LENGTH = 512;
    /** Channel ids are short names ("msteams", "emulator", "webchat"). */
    static final int MAX_CHANNEL_ID_LENGTH = 64;

    private IncomingActivity() {}

    public static Activity parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new BadActivityException(413, "request body larger than " + MAX_BYTES + " bytes");
        }
        if (body.length == 0) {
            throw new BadActivityException(400, "body is empty");
        }
        JsonNode tree;
        try {
            tree = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new BadActivityException(400, "body is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new BadActivityException(400, "body is not a JSON object");
        }
        requireText(tree, "type");
        requireText(tree, "channelId");
        if (tree.get("channelId").asText().length() > MAX_CHANNEL_ID_LENGTH) {
            throw new BadActivityException(400, "channelId is longer than " + MAX_CHANNEL_ID_LENGTH + " characters");
        }
        requireText(tree, "serviceUrl");
        requireHttpUrl(tree.get("serviceUrl").asText());
        requireId(tree, "conversation");
        requireId(tree, "from");
        // The SDK dereferences recipient.role for the emulator channel without a check.
        if ("emulator".equals(tree.path("channelId").asText())
                && tree.path("recipient").isObject()
                && !tree.path("recipient").path("role").isTextual()) {
            throw new BadActivityException(400, "activity from the emulator has no recipient.role");
        }
        Activity activity;
        try {
            activity = Serialization.treeToValue(tree, Activity.class);
        } catch (RuntimeException e) {
            throw new BadActivityException(400, "body is not a valid activity");
        }
        if (activity == null) {
            throw new BadActivityException(400, "body is not a valid activity");
        }
        activity.setLocale(wellFormedLocale(activity.getLocale()));
        copyTeamsTenant(tree, activity);
        return activity;
    }

    /**
     * Teams names the tenant in channelData.tenant.id, and usually also in conversation.tenantId. When only the
     * first is there, the SDK's adapter copies it over with a new ObjectMapper for every turn (its
     * TenantIdWorkaroundForTeamsMiddleware), which was the largest allocation of a turn; copied here from the
     * tree already parsed, the SDK finds nothing left to do.
     */
    private static void copyTeamsTenant(JsonNode tree, Activity activity) {
        JsonNode tenant = tree.path("channelData").path("tenant").path("id");
        String named = activity.getConversation().getTenantId();
        if ("msteams".equalsIgnoreCase(activity.getChannelId())
                && (named == null || named.isEmpty())
                && tenant.isTextual()
                && !tenant.asText().isBlank()) {
            activity.getConversation().setTenantId(tenant.asText());
        }
    }

    /**
     * The SDK throws on a locale that is not a BCP 47 tag. "nl_BE" is read as "nl-BE"; anything else
     * ill-formed is dropped, and the bot answers in its default language.
     */
    private static String wellFormedLocale(String locale) {
        if (locale == null) {
            return null;
        }
        String tag = locale.strip().replace('_', '-');
        try {
            new Locale.Builder().setLanguageTag(tag);
            return tag.isEmpty() ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static void requireHttpUrl(String serviceUrl) {
        try {
            URI uri = new URI(serviceUrl);
            if (uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new BadActivityException(400, "serviceUrl is not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new BadActivityException(400, "serviceUrl is not an http(s) URL");
        }
    }

    private static void requireText(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadActivityException(400, "activity has no " + field);
        }
    }

    private static void requireId(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || !value.isObject()) {
            throw new BadActivityException(400, "activity has no " + field);
        }
        JsonNode id = value.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new BadActivityException(400, "activity has no " + field + ".id");
        }
        if (id.asText().length() > MAX_ID_LENGTH) {
            throw new BadActivityException(400, field + ".id is longer than " + MAX_ID_LENGTH + " characters");
        }
    }
}
