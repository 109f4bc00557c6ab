package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exchange Online cmdlets over the admin API the ExchangeOnlineManagement module uses:
 * {@code POST {exchange}/adminapi/beta/{tenant}/InvokeCommand}. Results come in {@code value[]},
 * further pages by {@code @odata.nextLink} (posted again with the same body). A refused cmdlet
 * becomes a {@link MailboxException}: an object not found is {@code NotFound}, an address already
 * used is {@code AlreadyExists(ADDRESS_TAKEN)}, anything else a {@code RemoteFailure} with Exchange's
 * own words.
 */
final class ExchangeAdminClient {
    static final String SERVICE = "Exchange Online";
    private static final int MAX_PAGES = 100;

    private final JsonHttp http;
    private final URI invokeCommand;
    private final Map<String, String> headers;

    ExchangeAdminClient(JsonHttp http, URI exchangeBaseUrl, String tenantId) {
        this.http = http;
        this.invokeCommand = URI.create(exchangeBaseUrl + "/adminapi/beta/" + tenantId + "/InvokeCommand");
        // App-only calls are routed to the tenant by this system mailbox.
        this.headers = Map.of(
                "X-AnchorMailbox",
                "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + tenantId,
                "X-ResponseFormat",
                "json");
    }

    List<JsonNode> invoke(Cmdlet cmdlet) {
        List<JsonNode> results = new ArrayList<>();
        URI next = invokeCommand;
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            JsonHttp.Answer answer = http.send("POST", next, headers, cmdlet.body());
            if (!answer.ok()) {
                throw failure(cmdlet, answer);
            }
            answer.body().path("value").forEach(results::add);
            String link = answer.body().path("@odata.nextLink").asText("");
            next = link.isEmpty() ? null : URI.create(link);
        }
        return results;
    }

    /** One page of a cmdlet's results, and the link to the next page. */
    record Page(List<JsonNode> values, Optional<String> next) {}

    /**
     * One page of a cmdlet's results, at most {@code size}, with only the properties in {@code select} (as
     * the ExchangeOnlineManagement module asks: {@code ?$select=} and {@code Prefer: odata.maxpagesize}).
     * {@code next} is a link this client gave before; one that does not point at this tenant's
     * InvokeCommand is refused, so a link from elsewhere is never followed with the tenant's token.
     */
    Page page(Cmdlet cmdlet, int size, List<String> select, Optional<String> next) {
        URI uri = next.map(this::ownLink)
                .orElseGet(() -> URI.create(invokeCommand + "?$select=" + String.join(",", select)));
        Map<String, String> pageHeaders = new java.util.HashMap<>(headers);
        pageHeaders.put("Prefer", "odata.maxpagesize=" + Math.max(1, size));
        JsonHttp.Answer answer = http.send("POST", uri, pageHeaders, cmdlet.body());
        if (!answer.ok()) {
            throw failure(cmdlet, answer);
        }
        List<JsonNode> values = new ArrayList<>();
        answer.body().path("value").forEach(values::add);
        return new Page(
                values,
                Optional.of(answer.body().path("@odata.nextLink").asText("")).filter(link -> !link.isEmpty()));
    }

    private URI ownLink(String link) {
        try {
            URI uri = URI.create(link);
            if (invokeCommand.getScheme().equalsIgnoreCase(uri.getScheme())
                    && invokeCommand.getHost().equalsIgnoreCase(uri.getHost())
                    && invokeCommand.getPort() == uri.getPort()
                    && invokeCommand.getPath().equals(uri.getPath())) {
                return uri;
            }
        } catch (IllegalArgumentException notALink) {
            // refused below
        }
        throw new MailboxException.InvalidInput(Problem.PAGE_EXPIRED);
    }

    /** Exchange's error text: {@code error.details[].message} ("code|ExceptionType|text"), else the inner exception. */
    private static MailboxException failure(Cmdlet cmdlet, JsonHttp.Answer answer) {
        ExchangeError error = ExchangeError.of(answer.body());
        if (error.isNotFound()) {
            return new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, error.text());
        }
        if (error.isAddressTaken()) {
            return new MailboxException.AlreadyExists(Problem.ADDRESS_TAKEN, error.text());
        }
        if (error.isNotProvisioned()) {
            return new MailboxException.NotReady(error.text());
        }
        return new MailboxException.RemoteFailure(
                SERVICE,
                answer.status(),
                cmdlet.name() + ": " + error.exceptionType() + ": " + error.text(),
                false,
                null);
    }

    /** What Exchange said went wrong. */
    record ExchangeError(String exceptionType, String text) {
        static ExchangeError of(JsonNode body) {
            JsonNode error = body.path("error");
            for (JsonNode detail : error.path("details")) {
                String message = detail.path("message").asText("");
                String[] parts = message.split("\\|", 3);
                if (parts.length == 3) {
                    return new ExchangeError(parts[1], parts[2]);
                }
            }
            String inner = error.path("innererror")
                    .path("internalException")
                    .path("message")
                    .asText("");
            String type = error.path("innererror")
                    .path("internalException")
                    .path("type")
                    .asText("");
            return new ExchangeError(
                    type, inner.isEmpty() ? error.path("message").asText(body.toString()) : inner);
        }

        boolean isNotFound() {
            return exceptionType.endsWith("ManagementObjectNotFoundException");
        }

        boolean isAddressTaken() {
            return exceptionType.endsWith("ProxyAddressExistsException")
                    || exceptionType.endsWith("ADObjectAlreadyExistsException");
        }

        boolean isNotProvisioned() {
            return exceptionType.endsWith("UserHasNoMailboxException")
                    || exceptionType.endsWith("MailboxNotProvisionedException");
        }
    }
}
