package io.postkamer.mailbox.m365.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.demo.DemoTenant;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Microsoft Graph v1.0, as far as the mailbox service uses it, answered from a {@link DemoTenant}. */
final class FakeGraph {
    /** The bot's Teams app in the tenant's app catalog, and the id in its manifest. */
    static final String CATALOG_APP_ID = "3f1e9b7a-5c2d-4e8f-9a61-0b7c4d2e8f10";

    static final String MANIFEST_ID = "0d1f7c3a-2b4e-4f6a-8c9d-1e2f3a4b5c6d";
    /** Graph's page size for collections here. */
    private static final int PAGE = 100;

    private static final Pattern INSTALLATION_CHAT = Pattern.compile("teamwork/installedApps/([^/]+)/chat");
    private static final Pattern USER = Pattern.compile("/v1\\.0/users/([^/]+)");
    private static final Pattern USER_PART = Pattern.compile("/v1\\.0/users/([^/]+)/(.+)");
    private static final Pattern GROUP = Pattern.compile("/v1\\.0/groups/([^/]+)");
    private static final Pattern ROLE_MEMBERS =
            Pattern.compile("/v1\\.0/directoryRoles\\(roleTemplateId='([^']+)'\\)/members");
    private static final Pattern GROUP_MEMBERS =
            Pattern.compile("/v1\\.0/groups/([^/]+)/members(/microsoft\\.graph\\.user)?");
    private static final Pattern SEARCH_TERM = Pattern.compile("\"displayName:([^\"]*)\"");
    private static final Pattern FILTER_LITERAL = Pattern.compile("eq '((?:[^']|'')*)'");
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS");

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-()/,]+");

    private final DemoTenant tenant;
    /** User accounts the demo tenant has no notion of (rooms, equipment), by id in lower case. */
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    /** An account known only here, and its mailbox's purpose as Graph tells it (empty: no mailbox). */
    record Account(Person user, Optional<String> userPurpose) {}

    /** Graph's limit on the requests of one {@code $batch}. */
    static final int BATCH_LIMIT = 20;

    /** People by sign-in name, made once: the demo directory never gains or loses people, and 20,000 are many to scan. */
    private volatile Map<String, String> idsBySignInName;

    FakeGraph(DemoTenant tenant) {
        this.tenant = tenant;
    }

    void add(Account account) {
        accounts.put(account.user().id().toLowerCase(Locale.ROOT), account);
    }

    /** The people who hold the role themselves, and the role-assignable groups that hold it, as Graph lists them. */
    private FakeAnswer roleMembers(FakeRequest r, String templateId) {
        List<JsonNode> members = tenant.roleHolders(templateId).stream()
                .map(holder -> holder instanceof Group g
                        ? ((ObjectNode) group(g)).put("@odata.type", "#microsoft.graph.group")
                        : ((ObjectNode) user((Person) holder)).put("@odata.type", "#microsoft.graph.user"))
                .map(JsonNode.class::cast)
                .toList();
        return paged(r, members);
    }

    FakeAnswer handle(FakeRequest request) {
        try {
            return route(request);
        } catch (MailboxException e) {
            return failure(e);
        }
    }

    private FakeAnswer route(FakeRequest r) {
        String path = r.path();
        String method = r.method();
        if (method.equals("GET") && path.equals("/v1.0/organization")) {
            return organisation();
        }
        if (method.equals("POST") && path.equals("/v1.0/$batch")) {
            return batch(r.body());
        }
        if (method.equals("GET") && path.equals("/v1.0/users")) {
            return r.query().containsKey("$search")
                    ? searchUsers(r)
                    : r.query().containsKey("$filter") ? filterUsers(r) : listUsers(r);
        }
        if (method.equals("GET") && path.equals("/v1.0/subscribedSkus")) {
            return subscribedSkus();
        }
        if (method.equals("GET") && path.equals("/v1.0/appCatalogs/teamsApps")) {
            return catalogApps(r);
        }
        if (method.equals("GET") && path.equals("/v1.0/groups")) {
            return r.query().containsKey("$search") ? searchGroups(r) : filterGroups(r);
        }
        Matcher m;
        if ((m = ROLE_MEMBERS.matcher(path)).matches() && method.equals("GET")) {
            return roleMembers(r, m.group(1));
        }
        if ((m = GROUP_MEMBERS.matcher(path)).matches() && method.equals("GET")) {
            return paged(
                    r,
                    tenant.membersOf(m.group(1)).stream().map(FakeGraph::user).toList());
        }
        if ((m = GROUP.matcher(path)).matches() && method.equals("GET")) {
            String id = m.group(1);
            return tenant.group(id).map(g -> FakeAnswer.ok(group(g))).orElseGet(() -> notFound(id));
        }
        if ((m = USER.matcher(path)).matches()) {
            String id = m.group(1);
            return switch (method) {
                case "GET" -> userById(bySignInName(id)).map(FakeAnswer::ok).orElseGet(() -> notFound(id));
                case "PATCH" -> patchUser(id, r.body());
                default -> FakeAnswer.graphError(405, "Request_BadRequest", "Method not allowed");
            };
        }
        if ((m = USER_PART.matcher(path)).matches()) {
            return userPart(m.group(1), m.group(2), r);
        }
        return FakeAnswer.graphError(400, "BadRequest", "Resource not found for the segment '" + path + "'.");
    }

    private FakeAnswer userPart(String id, String part, FakeRequest r) {
        Matcher chat = INSTALLATION_CHAT.matcher(part);
        if (r.method().equals("GET") && chat.matches()) {
            return installationChat(id, chat.group(1));
        }
        return switch (r.method() + " " + part) {
            case "POST teamwork/installedApps" -> installApp(id, r.body());
            case "GET teamwork/installedApps" -> installedApps(id, r);
            case "GET manager" ->
                tenant.managerOf(id).map(p -> FakeAnswer.ok(user(p))).orElseGet(() -> notFound("manager"));
            case "GET transitiveMemberOf/microsoft.graph.directoryRole" -> roles(id);
            case "GET licenseDetails" -> licenceDetails(id);
            case "POST assignLicense" -> assignLicence(id, r.body());
            case "POST revokeSignInSessions" -> revokeSessions(id);
            case "POST events" -> addEvent(id, r.body());
            case "GET calendarView" -> calendarView(id, r);
            case "GET mailboxSettings/userPurpose" -> userPurpose(id);
            default -> FakeAnswer.graphError(400, "BadRequest", "Resource not found for the segment '" + part + "'.");
        };
    }

    /**
     * As Graph pages a collection: at most {@value #PAGE} a page whatever {@code $top} asks beyond it, with
     * an {@code @odata.nextLink} carrying a {@code $skiptoken} for the rest.
     */
    private static FakeAnswer paged(FakeRequest r, List<JsonNode> all) {
        int top = Math.min(PAGE, Integer.parseInt(r.param("$top", String.valueOf(PAGE))));
        int from = Integer.parseInt(r.param("$skiptoken", "0"));
        ObjectNode answer =
                FakeAnswer.values(all.subList(Math.min(from, all.size()), Math.min(from + top, all.size())));
        if (from + top < all.size()) {
            StringBuilder next = new StringBuilder(r.path()).append("?");
            r.query().forEach((name, value) -> {
                if (!name.equals("$skiptoken")) {
                    next.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                            .append('=')
                            .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))
                            .append('&');
                }
            });
            answer.put("@odata.nextLink", "GRAPH_BASE" + next + "%24skiptoken=" + (from + top));
        }
        return FakeAnswer.ok(answer);
    }

    // --- the bot's Teams app

    private FakeAnswer catalogApps(FakeRequest r) {
        String externalId = filterLiteral(r);
        List<JsonNode> apps = new ArrayList<>();
        if (externalId.equalsIgnoreCase(MANIFEST_ID)) {
            apps.add(
                    FakeAnswer.JSON.createObjectNode().put("id", CATALOG_APP_ID).put("externalId", MANIFEST_ID));
        }
        return FakeAnswer.ok(FakeAnswer.values(apps));
    }

    private FakeAnswer installApp(String userId, JsonNode body) {
        if (tenant.person(userId).isEmpty()) {
            return notFound(userId);
        }
        if (!body.path("teamsApp@odata.bind").asText("").endsWith("/appCatalogs/teamsApps/" + CATALOG_APP_ID)) {
            return FakeAnswer.graphError(404, "NotFound", "The app is not in the tenant's app catalog.");
        }
        if (tenant.hasApp(userId)) {
            return FakeAnswer.graphError(409, "Conflict", "App is already installed.");
        }
        tenant.open(userId);
        return new FakeAnswer(201, FakeAnswer.JSON.createObjectNode());
    }

    private FakeAnswer installedApps(String userId, FakeRequest r) {
        if (tenant.person(userId).isEmpty()) {
            return notFound(userId);
        }
        List<JsonNode> installed = new ArrayList<>();
        if (tenant.hasApp(userId) && filterLiteral(r).equalsIgnoreCase(CATALOG_APP_ID)) {
            ObjectNode installation = FakeAnswer.JSON.createObjectNode().put("id", installationIdOf(userId));
            installation.putObject("teamsApp").put("id", CATALOG_APP_ID).put("externalId", MANIFEST_ID);
            installed.add(installation);
        }
        return FakeAnswer.ok(FakeAnswer.values(installed));
    }

    private FakeAnswer installationChat(String userId, String installationId) {
        if (!tenant.hasApp(userId) || !installationId.equals(installationIdOf(userId))) {
            return notFound(installationId);
        }
        return FakeAnswer.ok(FakeAnswer.JSON.createObjectNode().put("id", DemoTenant.chatIdOf(userId)));
    }

    private static String installationIdOf(String userId) {
        return "inst-" + userId.toLowerCase(Locale.ROOT);
    }

    // --- directory

    private FakeAnswer organisation() {
        Organisation org = tenant.organisation();
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("id", org.tenantId()).put("displayName", org.displayName());
        if (org.hybrid()) {
            o.put("onPremisesSyncEnabled", true);
        } else {
            o.putNull("onPremisesSyncEnabled");
        }
        ArrayNode domains = o.putArray("verifiedDomains");
        org.acceptedDomains()
                .forEach(d -> domains.addObject().put("name", d.name()).put("isDefault", d.isDefault()));
        return FakeAnswer.ok(FakeAnswer.values(List.of(o)));
    }

    /** Graph takes a user's sign-in name where it takes their id: the id of the person who signs in with it. */
    private String bySignInName(String idOrSignInName) {
        if (!idOrSignInName.contains("@")) {
            return idOrSignInName;
        }
        Map<String, String> known = idsBySignInName;
        if (known == null) {
            Map<String, String> made = new java.util.HashMap<>();
            tenant.people().forEach(p -> made.put(p.userPrincipalName().toLowerCase(Locale.ROOT), p.id()));
            idsBySignInName = known = Map.copyOf(made);
        }
        return known.getOrDefault(idOrSignInName.toLowerCase(Locale.ROOT), idOrSignInName);
    }

    /** The organisation's licences: those its mailboxes' accounts have, with their part numbers. */
    private FakeAnswer subscribedSkus() {
        Map<String, String> partNumbers = new java.util.TreeMap<>();
        java.util.stream.Stream.concat(
                        tenant.sharedMailboxes().stream(),
                        tenant.people().stream().flatMap(p -> tenant.mailbox(p.id()).stream()))
                .flatMap(mb -> mb.account().licences().stream())
                .forEach(l -> partNumbers.put(l.skuId(), l.skuPartNumber()));
        List<JsonNode> skus = new ArrayList<>();
        partNumbers.forEach((skuId, part) -> {
            ObjectNode sku = FakeAnswer.JSON.createObjectNode();
            sku.put("id", tenant.organisation().tenantId() + "_" + skuId)
                    .put("skuId", skuId)
                    .put("skuPartNumber", part)
                    .put("capabilityStatus", "Enabled");
            skus.add(sku);
        });
        return FakeAnswer.ok(FakeAnswer.values(skus));
    }

    /** A user object: a person, the account of a shared mailbox, or one added with {@link #add}. */
    private Optional<JsonNode> userById(String id) {
        Optional<JsonNode> person = tenant.person(id)
                .or(() -> Optional.ofNullable(accounts.get(id.toLowerCase(Locale.ROOT)))
                        .map(Account::user))
                .map(FakeGraph::user);
        Optional<Mailbox> mailbox = tenant.mailbox(id).filter(mb -> mb.id().equalsIgnoreCase(id));
        if (person.isEmpty() && mailbox.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode u = person.map(JsonNode::deepCopy)
                .map(ObjectNode.class::cast)
                .orElseGet(() -> {
                    Mailbox mb = mailbox.get();
                    return (ObjectNode) user(new Person(
                            mb.id(), mb.displayName(), mb.primarySmtpAddress(), mb.primarySmtpAddress(), "", ""));
                });
        u.put("accountEnabled", mailbox.map(mb -> !mb.account().signInBlocked()).orElse(true));
        Instant signedIn = tenant.lastSignIns(List.of(id)).get(id);
        if (signedIn != null) {
            u.putObject("signInActivity").put("lastSignInDateTime", signedIn.toString());
        }
        ArrayNode states = u.putArray("licenseAssignmentStates");
        mailbox.ifPresent(mb -> mb.account().licences().forEach(l -> {
            ObjectNode state = states.addObject()
                    .put("skuId", l.skuId())
                    .put("state", "Active")
                    .put("error", "None");
            state.putArray("disabledPlans");
            if (l.assignedByGroup()) {
                state.put("assignedByGroup", groupIdFor(l));
            } else {
                state.putNull("assignedByGroup");
            }
        }));
        return Optional.of(u);
    }

    private FakeAnswer patchUser(String id, JsonNode body) {
        if (userById(id).isEmpty()) {
            return notFound(id);
        }
        if (body.has("accountEnabled")
                && tenant.mailbox(id).filter(mb -> mb.id().equalsIgnoreCase(id)).isPresent()) {
            tenant.setSignInBlocked(id, !body.path("accountEnabled").asBoolean());
        }
        return FakeAnswer.noContent();
    }

    /** Graph answers {@code {"value": true}}; the demo tenant notes the moment on the mailbox's account. */
    private FakeAnswer revokeSessions(String id) {
        if (userById(id).isEmpty()) {
            return notFound(id);
        }
        tenant.mailbox(id).filter(mb -> mb.id().equalsIgnoreCase(id)).ifPresent(mb -> tenant.signOutEverywhere(id));
        return FakeAnswer.ok(FakeAnswer.JSON.createObjectNode().put("value", true));
    }

    private FakeAnswer roles(String id) {
        List<JsonNode> roles = new ArrayList<>();
        for (DirectoryRole role : tenant.rolesOf(id)) {
            ObjectNode r = FakeAnswer.JSON.createObjectNode();
            r.put("@odata.type", "#microsoft.graph.directoryRole");
            r.put(
                    "id",
                    UUID.nameUUIDFromBytes(role.templateId().getBytes(StandardCharsets.UTF_8))
                            .toString());
            r.put(
                    "displayName",
                    role == DirectoryRole.GLOBAL_ADMINISTRATOR ? "Global Administrator" : "Exchange Administrator");
            r.put("roleTemplateId", role.templateId());
            roles.add(r);
        }
        return FakeAnswer.ok(FakeAnswer.values(roles));
    }

    /**
     * Every user account whose name or address starts with the term, as Entra ID has them: people, and the accounts
     * of shared mailboxes (a person's mailbox converted to shared keeps its person's account), rooms and equipment.
     */
    private FakeAnswer searchUsers(FakeRequest r) {
        String term = searchTerm(r);
        int top = Integer.parseInt(r.param("$top", "100"));
        Map<String, Person> found = new LinkedHashMap<>();
        tenant.people().stream()
                .filter(p -> matches(term, p.displayName(), p.mail(), p.userPrincipalName()))
                .forEach(p -> found.put(p.id().toLowerCase(Locale.ROOT), p));
        tenant.findSharedMailboxes(term, 1000)
                .forEach(mb -> found.putIfAbsent(
                        mb.id().toLowerCase(Locale.ROOT),
                        new Person(
                                mb.id(), mb.displayName(), mb.primarySmtpAddress(), mb.primarySmtpAddress(), "", "")));
        accounts.values().stream()
                .map(Account::user)
                .filter(p -> matches(term, p.displayName(), p.mail(), p.userPrincipalName()))
                .forEach(p -> found.putIfAbsent(p.id().toLowerCase(Locale.ROOT), p));
        return FakeAnswer.ok(withCount(found.values().stream()
                .sorted(Comparator.comparing((Person p) -> fold(p.displayName())))
                .limit(top)
                .map(FakeGraph::user)
                .toList()));
    }

    /**
     * {@code GET /users/{id}/mailboxSettings/userPurpose}: what the account's mailbox is for. A person without a
     * mailbox, and a shared mailbox Exchange has not finished making, answer 404 {@code MailboxNotEnabledForRESTAPI}.
     */
    private FakeAnswer userPurpose(String id) {
        Account account = accounts.get(id.toLowerCase(Locale.ROOT));
        if (account != null) {
            return account.userPurpose().map(purpose -> purpose(id, purpose)).orElseGet(FakeGraph::noMailbox);
        }
        Optional<Mailbox> mailbox = tenant.mailbox(id).filter(mb -> mb.id().equalsIgnoreCase(id));
        if (mailbox.isEmpty()) {
            return tenant.person(id).isPresent() ? noMailbox() : notFound(id);
        }
        if (!mailbox.get().isReady()) {
            return noMailbox();
        }
        return purpose(id, mailbox.get().kind() == MailboxKind.SHARED ? "shared" : "user");
    }

    private static FakeAnswer purpose(String id, String purpose) {
        return FakeAnswer.ok(FakeAnswer.JSON
                .createObjectNode()
                .put(
                        "@odata.context",
                        "https://graph.microsoft.com/v1.0/$metadata#users('" + id + "')/mailboxSettings/userPurpose")
                .put("value", purpose));
    }

    private static FakeAnswer noMailbox() {
        return FakeAnswer.graphError(
                404,
                "MailboxNotEnabledForRESTAPI",
                "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
    }

    /** Graph's {@code $search} on users: the start of any word of the name, or of the mail or UPN, in any case. */
    private static boolean matches(String term, String displayName, String mail, String userPrincipalName) {
        String prefix = fold(term.strip());
        if (prefix.isEmpty()) {
            return false;
        }
        String name = fold(displayName);
        return name.startsWith(prefix)
                || Arrays.stream(WORD_BREAK.split(name)).anyMatch(w -> w.startsWith(prefix))
                || (!mail.isEmpty() && fold(mail).startsWith(prefix))
                || fold(userPrincipalName).startsWith(prefix);
    }

    private static String fold(String text) {
        return DIACRITICS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private FakeAnswer searchGroups(FakeRequest r) {
        String term = searchTerm(r);
        int top = Integer.parseInt(r.param("$top", "100"));
        List<JsonNode> found = tenant.searchPrincipals(term, 1000).stream()
                .filter(p -> p instanceof Group)
                .limit(top)
                .map(p -> group((Group) p))
                .toList();
        return FakeAnswer.ok(withCount(found));
    }

    /**
     * Graph's users by name: like its search, every account, those of shared, room and equipment mailboxes
     * included.
     */
    private FakeAnswer listUsers(FakeRequest r) {
        int top = Integer.parseInt(r.query().getOrDefault("$top", "100"));
        Map<String, Person> all = new LinkedHashMap<>();
        tenant.people().forEach(p -> all.put(p.id().toLowerCase(Locale.ROOT), p));
        tenant.sharedMailboxes()
                .forEach(mb -> all.putIfAbsent(
                        mb.id().toLowerCase(Locale.ROOT),
                        new Person(
                                mb.id(), mb.displayName(), mb.primarySmtpAddress(), mb.primarySmtpAddress(), "", "")));
        accounts.values().stream().map(Account::user).forEach(p -> all.putIfAbsent(p.id().toLowerCase(Locale.ROOT), p));
        return FakeAnswer.ok(FakeAnswer.values(all.values().stream()
                .sorted(Comparator.comparing((Person p) -> fold(p.displayName())))
                .limit(top)
                .map(FakeGraph::user)
                .toList()));
    }

    private FakeAnswer filterUsers(FakeRequest r) {
        String address = filterLiteral(r);
        List<JsonNode> found = new ArrayList<>();
        for (Person p : tenant.people()) {
            if (p.mail().equalsIgnoreCase(address) || p.userPrincipalName().equalsIgnoreCase(address)) {
                found.add(idOnly(p.id()));
            }
        }
        tenant.mailbox(address)
                .filter(mb ->
                        found.stream().noneMatch(f -> f.path("id").asText().equals(mb.id())))
                .filter(mb -> address.contains("@"))
                .ifPresent(mb -> found.add(idOnly(mb.id())));
        return FakeAnswer.ok(withCount(found));
    }

    private FakeAnswer filterGroups(FakeRequest r) {
        String address = filterLiteral(r);
        List<JsonNode> found = tenant.searchPrincipals(address, 1000).stream()
                .filter(p -> p instanceof Group g
                        && (g.mail().equalsIgnoreCase(address)
                                || g.displayName().equalsIgnoreCase(address)))
                .map(p -> group((Group) p))
                .toList();
        return FakeAnswer.ok(withCount(found));
    }

    private FakeAnswer batch(JsonNode body) {
        if (body.path("requests").size() > BATCH_LIMIT) {
            return FakeAnswer.graphError(
                    400, "BadRequest", "Number of batch request steps exceeds the maximum of " + BATCH_LIMIT + ".");
        }
        ObjectNode answer = FakeAnswer.JSON.createObjectNode();
        ArrayNode responses = answer.putArray("responses");
        for (JsonNode request : body.path("requests")) {
            FakeAnswer one = handle(FakeRequest.of(
                    request.path("method").asText("GET"),
                    "/v1.0" + request.path("url").asText(),
                    request.path("body")));
            ObjectNode response =
                    responses.addObject().put("id", request.path("id").asText()).put("status", one.status());
            response.putObject("headers").put("Content-Type", "application/json");
            if (one.body() != null) {
                response.set("body", one.body());
            }
        }
        return FakeAnswer.ok(answer);
    }

    // --- licences

    private FakeAnswer licenceDetails(String id) {
        Optional<Mailbox> mailbox = tenant.mailbox(id).filter(mb -> mb.id().equalsIgnoreCase(id));
        if (mailbox.isEmpty()) {
            return userById(id).isPresent() ? FakeAnswer.ok(FakeAnswer.values(List.of())) : notFound(id);
        }
        List<JsonNode> details = new ArrayList<>();
        for (Licence l : mailbox.get().account().licences()) {
            ObjectNode d = FakeAnswer.JSON.createObjectNode();
            d.put(
                    "id",
                    UUID.nameUUIDFromBytes((id + l.skuId()).getBytes(StandardCharsets.UTF_8))
                            .toString());
            d.put("skuId", l.skuId()).put("skuPartNumber", l.skuPartNumber());
            d.putArray("servicePlans");
            details.add(d);
        }
        return FakeAnswer.ok(FakeAnswer.values(details));
    }

    private FakeAnswer assignLicence(String id, JsonNode body) {
        if (!body.path("addLicenses").isEmpty()) {
            return FakeAnswer.graphError(400, "Request_BadRequest", "This fake only removes licences.");
        }
        try {
            for (JsonNode sku : body.path("removeLicenses")) {
                tenant.removeLicence(id, sku.asText());
            }
        } catch (MailboxException e) {
            String message = switch (e.problem()) {
                case LICENCE_NOT_ASSIGNED -> "User does not have a corresponding license.";
                case LICENCE_ASSIGNED_BY_GROUP ->
                    "User license is inherited from a group membership and it cannot be removed directly from the user.";
                default -> e.getMessage();
            };
            return e.problem() == Problem.MAILBOX_NOT_FOUND
                    ? notFound(id)
                    : FakeAnswer.graphError(400, "Request_BadRequest", message);
        }
        return FakeAnswer.ok(userById(id).orElseThrow());
    }

    // --- calendar

    private FakeAnswer addEvent(String id, JsonNode body) {
        try {
            CalendarEvent event = tenant.addEvent(
                    id,
                    body.path("subject").asText(""),
                    time(body.path("start")),
                    time(body.path("end")),
                    body.path("location").path("displayName").asText(""));
            return FakeAnswer.created(event(event));
        } catch (MailboxException e) {
            if (e.problem() == Problem.EVENT_INVALID) {
                return FakeAnswer.graphError(400, "ErrorInvalidRequest", "The event is not valid: " + e.getMessage());
            }
            throw e;
        }
    }

    private FakeAnswer calendarView(String id, FakeRequest r) {
        OffsetDateTime start = OffsetDateTime.parse(r.param("startDateTime", ""));
        OffsetDateTime end = OffsetDateTime.parse(r.param("endDateTime", ""));
        int top = Integer.parseInt(r.param("$top", "10"));
        List<JsonNode> events = tenant.upcomingEvents(id, start, 10_000).stream()
                .filter(e -> e.start().isBefore(end))
                .limit(top)
                .map(FakeGraph::event)
                .toList();
        return FakeAnswer.ok(FakeAnswer.values(events));
    }

    // --- shapes

    static JsonNode user(Person p) {
        ObjectNode u = FakeAnswer.JSON.createObjectNode();
        u.put("id", p.id()).put("displayName", p.displayName()).put("userPrincipalName", p.userPrincipalName());
        nullable(u, "mail", p.mail());
        nullable(u, "department", p.department());
        nullable(u, "jobTitle", p.jobTitle());
        return u;
    }

    static JsonNode group(Group g) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("id", g.id()).put("displayName", g.displayName());
        nullable(o, "mail", g.mail());
        o.put("mailEnabled", g.kind() != Group.Kind.SECURITY);
        o.put("securityEnabled", g.isSecurityGroup());
        ArrayNode types = o.putArray("groupTypes");
        if (g.kind() == Group.Kind.MICROSOFT_365) {
            types.add("Unified");
        }
        return o;
    }

    private static JsonNode event(CalendarEvent e) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("id", e.id()).put("subject", e.subject());
        o.putObject("start").put("dateTime", utc(e.start())).put("timeZone", "UTC");
        o.putObject("end").put("dateTime", utc(e.end())).put("timeZone", "UTC");
        o.putObject("location").put("displayName", e.location()).put("locationType", "default");
        return o;
    }

    private static String utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(GRAPH_TIME);
    }

    private static OffsetDateTime time(JsonNode dateTimeTimeZone) {
        if (!"UTC".equalsIgnoreCase(dateTimeTimeZone.path("timeZone").asText("UTC"))) {
            throw new MailboxException.InvalidInput(Problem.EVENT_INVALID, "this fake takes times in UTC only");
        }
        return LocalDateTime.parse(dateTimeTimeZone.path("dateTime").asText()).atOffset(ZoneOffset.UTC);
    }

    private static ObjectNode idOnly(String id) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("id", id);
        return o;
    }

    private static ObjectNode withCount(List<JsonNode> items) {
        ObjectNode body = FakeAnswer.values(items);
        body.put("@odata.count", items.size());
        return body;
    }

    private static void nullable(ObjectNode o, String field, String value) {
        if (value == null || value.isEmpty()) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    private static String searchTerm(FakeRequest r) {
        Matcher m = SEARCH_TERM.matcher(r.param("$search", ""));
        return m.find() ? m.group(1) : "";
    }

    private static String filterLiteral(FakeRequest r) {
        Matcher m = FILTER_LITERAL.matcher(r.param("$filter", ""));
        return m.find() ? m.group(1).replace("''", "'").toLowerCase(Locale.ROOT) : "";
    }

    /** The demo tenant does not say which group gives a licence; any stable id stands in for it. */
    private static String groupIdFor(Licence l) {
        return UUID.nameUUIDFromBytes(("group licence " + l.skuId()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static FakeAnswer notFound(String what) {
        return FakeAnswer.graphError(
                404,
                "Request_ResourceNotFound",
                "Resource '" + what
                        + "' does not exist or one of its queried reference-property objects are not present.");
    }

    private static FakeAnswer failure(MailboxException e) {
        return switch (e.problem()) {
            case PERSON_NOT_FOUND, GROUP_NOT_FOUND, MAILBOX_NOT_FOUND -> notFound(String.join(",", e.arguments()));
            case MAILBOX_NOT_READY ->
                FakeAnswer.graphError(
                        404,
                        "MailboxNotEnabledForRESTAPI",
                        "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
            case THROTTLED -> FakeAnswer.graphError(429, "TooManyRequests", "Too many requests");
            default ->
                e.isTransient()
                        ? FakeAnswer.graphError(503, "ServiceUnavailable", e.getMessage())
                        : FakeAnswer.graphError(400, "Request_BadRequest", e.getMessage());
        };
    }

    static Optional<Principal> principal(DemoTenant tenant, String id) {
        return tenant.person(id)
                .<Principal>map(p -> p)
                .or(() -> tenant.group(id).map(g -> g));
    }
}
