package io.postkamer.dialogs.manage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.MailboxFinder;
import io.postkamer.mailbox.MailboxEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The mailbox finder's typeahead ({@code application/search}, dataset {@code postkamer.mailboxes}):
 * shared mailboxes whose name, alias or address starts with what was typed, asked of the tenant by
 * {@link MailboxFinder} (one call a new text, none for a text typed before).
 */
public final class MailboxSearch {
    public static final String DATASET = "postkamer.mailboxes";
    private static final String RESPONSE_TYPE = "application/vnd.microsoft.search.searchResponse";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailboxCalls calls;

    public MailboxSearch(MailboxCalls calls) {
        this.calls = calls;
    }

    public static boolean asks(Activity invoke) {
        return invoke.getValue() != null
                && DATASET.equals(
                        JSON.valueToTree(invoke.getValue()).path("dataset").asText());
    }

    public CompletableFuture<InvokeResponse> answer(Activity invoke) {
        String typed = JSON.valueToTree(invoke.getValue()).path("queryText").asText("");
        return calls.read(service -> calls.finder().suggestions(service, typed))
                .thenApply(found -> new InvokeResponse(200, body(found.value().orElse(List.of()))));
    }

    private static ObjectNode body(List<MailboxEntry> mailboxes) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", RESPONSE_TYPE);
        ArrayNode results = body.putObject("value").putArray("results");
        mailboxes.forEach(mailbox -> results.addObject()
                .put("title", mailbox.displayName() + " (" + mailbox.primarySmtpAddress() + ")")
                .put("value", mailbox.id()));
        return body;
    }
}
