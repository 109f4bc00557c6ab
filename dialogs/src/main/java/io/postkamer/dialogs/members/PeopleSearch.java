package io.postkamer.dialogs.members;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Answers the people picker's {@code application/search} invoke for the {@code postkamer.people}
 * dataset: people and groups (every kind: the screen that picks it says what a group can be given) whose name or
 * address starts with what the admin typed.
 */
public final class PeopleSearch {
    public static final String INVOKE_NAME = "application/search";
    public static final String DATASET = "postkamer.people";
    private static final String RESPONSE_TYPE = "application/vnd.microsoft.search.searchResponse";
    private static final int MAX_RESULTS = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailboxCalls calls;

    public PeopleSearch(MailboxCalls calls) {
        this.calls = calls;
    }

    public CompletableFuture<InvokeResponse> answer(Activity invoke) {
        JsonNode value =
                invoke.getValue() == null ? JsonNodeFactory.instance.objectNode() : JSON.valueToTree(invoke.getValue());
        if (!DATASET.equals(value.path("dataset").asText(DATASET))) {
            return CompletableFuture.completedFuture(new InvokeResponse(200, body(Texts.forLocale("en"), List.of())));
        }
        String query = value.path("queryText").asText("").strip();
        int top = Math.min(
                MAX_RESULTS, Math.max(1, value.path("queryOptions").path("top").asInt(15)));
        Texts texts = Texts.forLocale(invoke.getLocale());
        return calls.read(service -> service.searchPrincipals(query, top))
                .thenApply(found ->
                        new InvokeResponse(200, body(texts, found.value().orElse(List.of()))));
    }

    private static ObjectNode body(Texts texts, List<Principal> principals) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", RESPONSE_TYPE);
        ArrayNode results = body.putObject("value").putArray("results");
        principals.forEach(principal ->
                results.addObject().put("title", title(texts, principal)).put("value", principal.id()));
        return body;
    }

    /** A person with their address; a group said to be one, as it may be kept as one member or expanded. */
    private static String title(Texts texts, Principal principal) {
        if (principal instanceof Person person && !person.mail().isEmpty()) {
            return person.displayName() + " (" + person.mail() + ")";
        }
        return principal instanceof Group ? texts.get("group.named", principal.displayName()) : principal.displayName();
    }
}
