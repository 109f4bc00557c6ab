package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.mailbox.AcceptedDomain;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The organisation, its people and groups and their roles, through Graph (and the accepted domains
 * through Exchange). Graph is only asked about an Entra object id or a user principal name on one of
 * the organisation's domains; anything else is not found without asking.
 */
final class Directory {
    static final Duration ROLES_REMEMBERED = Duration.ofSeconds(30);
    /** The most users Graph returns in one page. */
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private static final Pattern PRINCIPAL_NAME =
            Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+");

    private final String tenantId;
    private final GraphClient graph;
    private final ExchangeAdminClient exchange;
    private final Resilience resilience;
    private final Cache<String, Organisation> organisation;
    private final Cache<String, Set<DirectoryRole>> roles;

    Directory(String tenantId, GraphClient graph, ExchangeAdminClient exchange, Resilience resilience) {
        this.tenantId = tenantId;
        this.graph = graph;
        this.exchange = exchange;
        this.resilience = resilience;
        this.organisation = Caffeine.newBuilder()
                .maximumSize(1)
                .expireAfterWrite(Duration.ofMinutes(5))
                .build();
        this.roles = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(ROLES_REMEMBERED)
                .recordStats()
                .build();
    }

    Cache<String, Set<DirectoryRole>> rolesCache() {
        return roles;
    }

    Organisation organisation() {
        return organisation.get(
                tenantId,
                key -> resilience.run(null, attempt -> {
                    JsonNode org = graph.organisation()
                            .orElseThrow(() -> new MailboxException.RemoteFailure(
                                    GraphClient.SERVICE, 404, "no organization", false, null));
                    List<AcceptedDomain> domains = exchange.invoke(Cmdlet.named("Get-AcceptedDomain")).stream()
                            .map(d -> new AcceptedDomain(
                                    d.path("DomainName").asText(),
                                    d.path("Default").asBoolean(false)))
                            .toList();
                    // A directory synchronised from on premises manages its mailboxes in the on-premises Exchange admin
                    // centre.
                    return new Organisation(
                            org.path("id").asText(tenantId),
                            org.path("displayName").asText(""),
                            org.path("onPremisesSyncEnabled").asBoolean(false),
                            domains);
                }));
    }

    Optional<Person> person(String id) {
        if (!isDirectoryKey(id)) {
            return Optional.empty();
        }
        return resilience.run(null, attempt -> graph.user(id)).map(GraphMapping::person);
    }

    /**
     * Every change asks who may make it; within one conversation that is many questions in a minute,
     * so the answer is kept briefly. A role taken away stops working within {@link #ROLES_REMEMBERED}.
     */
    Set<DirectoryRole> rolesOf(String personId) {
        requireDirectoryKey(personId, Problem.PERSON_NOT_FOUND);
        return roles.get(personId, this::directoryRoles);
    }

    private Set<DirectoryRole> directoryRoles(String personId) {
        List<JsonNode> held = resilience
                .run(null, attempt -> graph.directoryRoles(personId))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, personId));
        Set<DirectoryRole> known = EnumSet.noneOf(DirectoryRole.class);
        held.forEach(r ->
                DirectoryRole.byTemplateId(r.path("roleTemplateId").asText()).ifPresent(known::add));
        return Set.copyOf(known);
    }

    Optional<Person> managerOf(String personId) {
        requireDirectoryKey(personId, Problem.PERSON_NOT_FOUND);
        Optional<JsonNode> manager = resilience.run(null, attempt -> graph.manager(personId));
        if (manager.isPresent()) {
            return manager.map(GraphMapping::person);
        }
        // Graph answers 404 both for "no manager" and for "no such user".
        if (person(personId).isEmpty()) {
            throw new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, personId);
        }
        return Optional.empty();
    }

    Optional<Group> group(String id) {
        if (!isDirectoryKey(id)) {
            return Optional.empty();
        }
        return resilience.run(null, attempt -> graph.group(id)).map(GraphMapping::group);
    }

    /** Both roles' members, a role-assignable group by its members; two calls, plus one per such group. */
    List<Person> administrators() {
        Map<String, Person> found = new LinkedHashMap<>();
        for (DirectoryRole role : DirectoryRole.values()) {
            List<JsonNode> members = resilience
                    .run(null, attempt -> graph.roleMembers(role.templateId()))
                    .orElse(List.of());
            for (JsonNode member : members) {
                if (member.path("@odata.type").asText("").equals("#microsoft.graph.group")) {
                    membersOf(member.path("id").asText()).forEach(p -> found.putIfAbsent(p.id(), p));
                } else {
                    Person person = GraphMapping.person(member);
                    found.putIfAbsent(person.id(), person);
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(p -> PeopleSearch.fold(p.displayName())))
                .toList();
    }

    List<Person> membersOf(String groupId) {
        requireDirectoryKey(groupId, Problem.GROUP_NOT_FOUND);
        return resilience
                .run(null, attempt -> graph.groupMembers(groupId))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.GROUP_NOT_FOUND, groupId))
                .stream()
                .map(GraphMapping::person)
                .sorted(Comparator.comparing(p -> PeopleSearch.fold(p.displayName())))
                .toList();
    }

    /** The person or group a right is given to. */
    Principal trustee(String trusteeId) {
        requireDirectoryKey(trusteeId, Problem.PERSON_NOT_FOUND);
        Optional<Principal> trustee = person(trusteeId)
                .<Principal>map(p -> p)
                .or(() -> group(trusteeId).map(g -> g));
        return trustee.orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, trusteeId));
    }

    /**
     * An Entra object id, or a user principal name on one of the organisation's domains: how Graph is
     * asked for a user or group, and nothing else is.
     */
    boolean isDirectoryKey(String id) {
        if (id == null || id.isBlank()) {
            return false;
        }
        String key = id.strip();
        return isObjectId(key)
                || (PRINCIPAL_NAME.matcher(key).matches() && isAcceptedDomain(key.substring(key.lastIndexOf('@') + 1)));
    }

    static boolean isObjectId(String id) {
        return OBJECT_ID.matcher(id).matches();
    }

    boolean isAcceptedDomain(String domain) {
        String wanted = domain.toLowerCase(Locale.ROOT);
        return organisation().acceptedDomains().stream()
                .anyMatch(accepted -> accepted.name().equalsIgnoreCase(wanted));
    }

    /** A person or group id that Graph may be asked about; else not found, without asking. */
    private void requireDirectoryKey(String id, Problem problem) {
        if (!isDirectoryKey(id)) {
            throw new MailboxException.NotFound(problem, String.valueOf(id));
        }
    }
}
