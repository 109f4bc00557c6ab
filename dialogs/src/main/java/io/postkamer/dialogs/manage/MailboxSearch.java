package io.postkamer.dialogs.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxService;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The mailbox finder's typeahead ({@code application/search}, dataset {@code postkamer.mailboxes}):
 * shared mailboxes whose name has a word starting with what was typed, or whose address or alias
 * does. Listing mailboxes is expensive on a real tenant, so the list is reused for a minute while
 * someone types.
 */
public final class MailboxSearch {
    public static final String DATASET = "postkamer.mailboxes";
    private static final String RESPONSE_TYPE = "application/vnd.microsoft.search.searchResponse";
    private static final int MAX_RESULTS = 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailboxCalls calls;
    private final Cache<String, List<Mailbox>> listed = Caffeine.newBuilder().maximumSize(1)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    public MailboxSearch(MailboxCalls calls) {
        this.calls = calls;
    }

    public static boolean asks(Activity invoke) {
        return invoke.getValue() != null && DATASET.equals(JSON.valueToTree(invoke.getValue()).path("dataset").asText());
    }

    public CompletableFuture<InvokeResponse> answer(Activity invoke) {
        JsonNode value = JSON.valueToTree(invoke.getValue());
        String query = fold(value.path("queryText").asText(""));
        return calls.read(this::sharedMailboxes).thenApply(found -> new InvokeResponse(200,
                body(found.value().orElse(List.of()).stream().filter(mailbox -> matches(mailbox, query))
                        .limit(MAX_RESULTS).toList())));
    }

    private List<Mailbox> sharedMailboxes(MailboxService service) {
        return listed.get("shared", key -> service.sharedMailboxes());
    }

    private static boolean matches(Mailbox mailbox, String query) {
        if (query.isEmpty()) {
            return true;
        }
        return fold(mailbox.primarySmtpAddress()).startsWith(query) || fold(mailbox.alias()).startsWith(query)
                || fold(mailbox.displayName()).startsWith(query)
                || Arrays.stream(fold(mailbox.displayName()).split("\\s+")).anyMatch(word -> word.startsWith(query));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    private static ObjectNode body(List<Mailbox> mailboxes) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", RESPONSE_TYPE);
        ArrayNode results = body.putObject("value").putArray("results");
        mailboxes.forEach(mailbox -> results.addObject()
                .put("title", mailbox.displayName() + " (" + mailbox.primarySmtpAddress() + ")")
                .put("value", mailbox.id()));
        return body;
    }
}
