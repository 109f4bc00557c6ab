package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.mailbox.MailboxException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Microsoft Graph v1.0 calls the service makes. Returns Graph's JSON; {@link GraphMapping} turns
 * it into domain records. Absence (404) is an empty Optional; other refusals are
 * {@link MailboxException.RemoteFailure}s with Graph's code and message.
 */
final class GraphClient {
    static final String SERVICE = "Microsoft Graph";
    static final String PERSON_FIELDS = "id,displayName,userPrincipalName,mail,department,jobTitle";
    static final String GROUP_FIELDS = "id,displayName,mail,mailEnabled,securityEnabled,groupTypes";
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final int MAX_PAGES = 50;
    /** The most requests Graph takes in one {@code $batch}. */
    static final int BATCH_LIMIT = 20;

    private final JsonHttp http;
    private final String base;

    GraphClient(JsonHttp http, URI graphBaseUrl) {
        this.http = http;
        this.base = graphBaseUrl + "/v1.0";
    }

    // --- directory

    Optional<JsonNode> organisation() {
        return getAll("/organization?$select=id,displayName,onPremisesSyncEnabled", Map.of()).stream()
                .findFirst();
    }

    Optional<JsonNode> user(String id) {
        return get("/users/" + segment(id) + "?$select=" + PERSON_FIELDS);
    }

    /** Sign-in state and licence assignments (direct or by group) of a mailbox's account. */
    Optional<JsonNode> account(String id) {
        return get("/users/" + segment(id) + "?$select=id,accountEnabled,licenseAssignmentStates");
    }

    Optional<JsonNode> manager(String id) {
        return get("/users/" + segment(id) + "/manager?$select=" + PERSON_FIELDS);
    }

    /** The user's directory roles, held directly or through groups; empty when the user does not exist. */
    Optional<List<JsonNode>> directoryRoles(String id) {
        return getAllIfFound(
                "/users/" + segment(id) + "/transitiveMemberOf/microsoft.graph.directoryRole"
                        + "?$select=id,displayName,roleTemplateId",
                Map.of());
    }

    Optional<JsonNode> group(String id) {
        return get("/groups/" + segment(id) + "?$select=" + GROUP_FIELDS);
    }

    /** The users and groups that hold a directory role (by its template id); empty when the role is not active. */
    Optional<List<JsonNode>> roleMembers(String roleTemplateId) {
        return getAllIfFound(
                "/directoryRoles(roleTemplateId='" + segment(roleTemplateId) + "')/members?$select=" + PERSON_FIELDS,
                Map.of());
    }

    Optional<List<JsonNode>> groupMembers(String id) {
        return getAllIfFound(
                "/groups/" + segment(id) + "/members/microsoft.graph.user?$select=" + PERSON_FIELDS + "&$top=999",
                Map.of());
    }

    /** The first users by display name (one page). */
    List<JsonNode> firstUsers(int top) {
        JsonHttp.Answer answer = http.send(
                "GET",
                URI.create(base + "/users?$orderby=displayName&$select=" + PERSON_FIELDS + "&$top=" + top),
                Map.of(),
                null);
        if (!answer.ok()) {
            throw http.failure(answer);
        }
        List<JsonNode> users = new ArrayList<>();
        answer.body().path("value").forEach(users::add);
        return users;
    }

    /** Users and groups whose name, mail or UPN starts with the prefix, in one {@code $batch} round trip. */
    SearchAnswer search(String prefix, int top) {
        String term = prefix.replace("\"", "").replace("\\", "");
        String users = "/users?$search="
                + query("\"displayName:" + term + "\" OR \"mail:" + term + "\" OR \"userPrincipalName:" + term + "\"")
                + "&$select=" + PERSON_FIELDS + "&$top=" + top
                + "&$count=true";
        String groups = "/groups?$search=" + query("\"displayName:" + term + "\" OR \"mail:" + term + "\"")
                + "&$select=" + GROUP_FIELDS + "&$top=" + top + "&$count=true";
        List<JsonNode> people = new ArrayList<>();
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode response :
                batch(List.of(eventual(batchGet("users", users)), eventual(batchGet("groups", groups))))) {
            requireBatchOk(response);
            List<JsonNode> into = "users".equals(response.path("id").asText()) ? people : found;
            response.path("body").path("value").forEach(into::add);
        }
        return new SearchAnswer(people, found);
    }

    record SearchAnswer(List<JsonNode> people, List<JsonNode> groups) {}

    /**
     * What each user's mailbox is for ({@code user}, {@code shared}, {@code room}, {@code equipment}, …), at most
     * {@value #BATCH_LIMIT} users in one {@code $batch} round trip. Empty for a user Graph finds no mailbox of (a 404
     * such as {@code MailboxNotEnabledForRESTAPI}). A request throttled or failing for a while fails the whole batch,
     * to be tried again; a user Graph refuses to tell about (403, 400) is left out, so one odd account does not cost
     * the others their answer, and the refusal is told.
     */
    Purposes mailboxPurposes(List<String> userIds) {
        if (userIds.size() > BATCH_LIMIT) {
            throw new IllegalArgumentException("at most " + BATCH_LIMIT + " users in one batch");
        }
        List<ObjectNode> requests = new ArrayList<>();
        for (int i = 0; i < userIds.size(); i++) {
            requests.add(
                    batchGet(String.valueOf(i), "/users/" + segment(userIds.get(i)) + "/mailboxSettings/userPurpose"));
        }
        Map<String, Optional<String>> purposes = new HashMap<>();
        Optional<String> refusal = Optional.empty();
        for (JsonNode response : batch(requests)) {
            int index = response.path("id").asInt(-1);
            if (index < 0 || index >= userIds.size()) {
                continue;
            }
            int status = response.path("status").asInt(500);
            if (status == 404) {
                purposes.put(userIds.get(index), Optional.empty());
            } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
                refusal = refusal.or(() -> Optional.of(status + " " + JsonHttp.errorText(response.path("body"))));
            } else {
                requireBatchOk(response);
                purposes.put(
                        userIds.get(index),
                        Optional.of(response.path("body").path("value").asText("")));
            }
        }
        return new Purposes(purposes, refusal);
    }

    /** The purposes Graph told, by user id (empty: no mailbox), and why it refused any it did not tell. */
    record Purposes(Map<String, Optional<String>> byUser, Optional<String> refusal) {}

    /** Whether a user has this address as UPN, mail or proxy address, or a group as mail or proxy address. */
    boolean addressUsedInDirectory(String address) {
        String literal = address.replace("'", "''");
        String users = "/users?$filter="
                + query("userPrincipalName eq '" + literal + "' or mail eq '" + literal
                        + "' or proxyAddresses/any(p:p eq 'smtp:" + literal + "')")
                + "&$select=id&$count=true&$top=1";
        String groups = "/groups?$filter="
                + query("mail eq '" + literal + "' or proxyAddresses/any(p:p eq 'smtp:" + literal + "')")
                + "&$select=id&$count=true&$top=1";
        // Users and groups in one round trip: the wizard asks this while the person waits.
        boolean used = false;
        for (JsonNode response :
                batch(List.of(eventual(batchGet("users", users)), eventual(batchGet("groups", groups))))) {
            requireBatchOk(response);
            used |= !response.path("body").path("value").isEmpty();
        }
        return used;
    }

    /** The organisation's licences with their part numbers: one call, for every account a report reads. */
    List<JsonNode> subscribedSkus() {
        return getAll("/subscribedSkus?$select=skuId,skuPartNumber", Map.of());
    }

    /** One read of a {@code $batch}: its id within the batch, and its path below v1.0. */
    record BatchGet(String id, String path) {}

    /** Graph's answer to one read of a batch; an object that is not there (404, or 400 for a malformed id) is an answer. */
    record BatchAnswer(String id, int status, JsonNode body) {
        boolean found() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * Up to {@value #BATCH_LIMIT} reads in one round trip. A read that is throttled or fails otherwise fails the
     * whole batch, which is tried again as a whole: reads change nothing.
     */
    List<BatchAnswer> reads(List<BatchGet> gets) {
        if (gets.size() > BATCH_LIMIT) {
            throw new IllegalArgumentException("Graph takes at most " + BATCH_LIMIT + " requests in a batch");
        }
        ObjectNode batch = JsonHttp.JSON.createObjectNode();
        ArrayNode requests = batch.putArray("requests");
        gets.forEach(get ->
                requests.addObject().put("id", get.id()).put("method", "GET").put("url", get.path()));
        JsonHttp.Answer answer = http.send("POST", URI.create(base + "/$batch"), Map.of(), batch);
        if (!answer.ok()) {
            throw http.failure(answer);
        }
        List<BatchAnswer> answers = new ArrayList<>();
        for (JsonNode response : answer.body().path("responses")) {
            int status = response.path("status").asInt(500);
            if (status != 404 && status != 400) {
                requireBatchOk(response);
            }
            answers.add(new BatchAnswer(response.path("id").asText(), status, response.path("body")));
        }
        return answers;
    }

    /** A path segment of a batch's read: an id or sign-in name, escaped. */
    static String pathSegment(String id) {
        return segment(id);
    }

    // --- writes on the account

    void setAccountEnabled(String id, boolean enabled) {
        ObjectNode body = JsonHttp.JSON.createObjectNode().put("accountEnabled", enabled);
        requireOk(http.send("PATCH", URI.create(base + "/users/" + segment(id)), Map.of(), body));
    }

    /** Refresh tokens and session cookies issued before now stop working. */
    void revokeSignInSessions(String id) {
        requireOk(http.send(
                "POST", URI.create(base + "/users/" + segment(id) + "/revokeSignInSessions"), Map.of(), null));
    }

    List<JsonNode> licenceDetails(String id) {
        return getAll("/users/" + segment(id) + "/licenseDetails?$select=id,skuId,skuPartNumber", Map.of());
    }

    void removeLicence(String id, String skuId) {
        ObjectNode body = JsonHttp.JSON.createObjectNode();
        body.putArray("addLicenses");
        body.putArray("removeLicenses").add(skuId);
        requireOk(http.send("POST", URI.create(base + "/users/" + segment(id) + "/assignLicense"), Map.of(), body));
    }

    // --- calendar

    /** Creates an event; the transactionId makes a retried request return the event made the first time. */
    JsonNode createEvent(
            String mailboxId,
            String subject,
            OffsetDateTime start,
            OffsetDateTime end,
            String location,
            String transactionId) {
        ObjectNode body = JsonHttp.JSON.createObjectNode();
        body.put("subject", subject);
        body.putObject("start").put("dateTime", utc(start)).put("timeZone", "UTC");
        body.putObject("end").put("dateTime", utc(end)).put("timeZone", "UTC");
        body.putObject("location").put("displayName", location);
        body.put("transactionId", transactionId);
        JsonHttp.Answer answer =
                http.send("POST", URI.create(base + "/users/" + segment(mailboxId) + "/events"), Map.of(), body);
        requireOk(answer);
        return answer.body();
    }

    List<JsonNode> calendarView(String mailboxId, OffsetDateTime from, Duration window, int top) {
        String path = "/users/" + segment(mailboxId) + "/calendarView?startDateTime=" + query(utc(from) + "Z")
                + "&endDateTime=" + query(utc(from.plus(window)) + "Z")
                + "&$orderby=" + query("start/dateTime") + "&$top=" + top + "&$select=id,subject,start,end,location";
        JsonHttp.Answer answer =
                http.send("GET", URI.create(base + path), Map.of("Prefer", "outlook.timezone=\"UTC\""), null);
        requireOk(answer);
        List<JsonNode> events = new ArrayList<>();
        answer.body().path("value").forEach(events::add);
        return events;
    }

    // --- plumbing

    /** Where Graph is, for what sends its own requests (the Teams app's installation). */
    String base() {
        return base;
    }

    JsonHttp http() {
        return http;
    }

    Optional<JsonNode> get(String path) {
        JsonHttp.Answer answer = http.send("GET", URI.create(base + path), Map.of(), null);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        requireOk(answer);
        return Optional.of(answer.body());
    }

    List<JsonNode> getAll(String path, Map<String, String> headers) {
        return getAllIfFound(path, headers).orElseGet(List::of);
    }

    private Optional<List<JsonNode>> getAllIfFound(String path, Map<String, String> headers) {
        List<JsonNode> all = new ArrayList<>();
        URI next = URI.create(base + path);
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            JsonHttp.Answer answer = http.send("GET", next, headers, null);
            if (answer.status() == 404) {
                return Optional.empty();
            }
            requireOk(answer);
            answer.body().path("value").forEach(all::add);
            String link = answer.body().path("@odata.nextLink").asText("");
            next = link.isEmpty() ? null : URI.create(link);
        }
        return Optional.of(all);
    }

    void requireOk(JsonHttp.Answer answer) {
        if (answer.status() == 404 && isMailboxMissing(answer.body())) {
            throw new MailboxException.NotReady(JsonHttp.errorText(answer.body()));
        }
        if (!answer.ok()) {
            throw http.failure(answer);
        }
    }

    /** Graph answers this for a mailbox Exchange has not finished provisioning. */
    private static boolean isMailboxMissing(JsonNode body) {
        String code = body.path("error").path("code").asText("");
        return code.equals("MailboxNotEnabledForRESTAPI") || code.equals("MailboxNotFound");
    }

    /** Sends GET requests in one {@code $batch} and gives Graph's answers to each, in the order Graph gives them. */
    private JsonNode batch(List<ObjectNode> requests) {
        ObjectNode batch = JsonHttp.JSON.createObjectNode();
        batch.putArray("requests").addAll(requests);
        JsonHttp.Answer answer = http.send("POST", URI.create(base + "/$batch"), Map.of(), batch);
        if (!answer.ok()) {
            throw http.failure(answer);
        }
        return answer.body().path("responses");
    }

    private static ObjectNode batchGet(String id, String url) {
        ObjectNode request = JsonHttp.JSON.createObjectNode();
        request.put("id", id).put("method", "GET").put("url", url);
        return request;
    }

    /** Advanced queries ({@code $search}, {@code $count}, {@code proxyAddresses/any}) need this header. */
    private static ObjectNode eventual(ObjectNode request) {
        request.putObject("headers").put("ConsistencyLevel", "eventual");
        return request;
    }

    /** Each request in a batch can be throttled on its own; the whole batch is then tried again. */
    private static void requireBatchOk(JsonNode response) {
        int status = response.path("status").asInt(500);
        if (status >= 200 && status < 300) {
            return;
        }
        JsonNode retryAfter = response.path("headers").path("Retry-After");
        if (status == 429 || (status == 503 && !retryAfter.isMissingNode())) {
            throw new MailboxException.Throttled(SERVICE, Duration.ofSeconds(Math.max(0, retryAfter.asLong(0))));
        }
        boolean transientFailure = status == 408 || status >= 500;
        throw new MailboxException.RemoteFailure(
                SERVICE, status, JsonHttp.errorText(response.path("body")), transientFailure, null);
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(GRAPH_TIME);
    }
}
