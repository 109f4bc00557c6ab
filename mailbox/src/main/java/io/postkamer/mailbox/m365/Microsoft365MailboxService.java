package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.mailbox.AcceptedDomain;
import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxPage;
import io.postkamer.mailbox.MailboxSearchText;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.PersonalChats;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The mailbox service on a real Microsoft 365 tenant: the directory, accounts, licences and
 * calendars through Microsoft Graph, mailboxes and their permissions through Exchange Online's admin
 * API. Every input is checked before anything is written; every write reads first, so asking for
 * what is already so changes nothing, and a write tried again after a lost answer finds its own
 * earlier effect instead of doing it twice.
 */
public final class Microsoft365MailboxService implements MailboxService {
    private static final Duration CALENDAR_WINDOW = Duration.ofDays(365);
    private static final Comparator<PermissionGrant> GRANT_ORDER = Comparator
            .comparing((PermissionGrant g) -> PeopleSearch.fold(g.trusteeName()))
            .thenComparing(PermissionGrant::trusteeId).thenComparing(PermissionGrant::right);

    static final Duration ROLES_REMEMBERED = Duration.ofSeconds(30);
    /** The most users Graph returns in one page. */
    private static final int MAX_PAGE = 999;
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern PRINCIPAL_NAME =
            Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+");

    private final Microsoft365Settings settings;
    private final GraphClient graph;
    private final ExchangeAdminClient exchange;
    private final Resilience resilience;
    private final PeopleSearch search;
    private final Cache<String, Organisation> organisation;
    private final Recipients recipients;
    private final Cache<String, Set<DirectoryRole>> roles;
    /** Mailboxes read a moment ago, by the identity they were read by; for reads only, dropped before any change. */
    private final Cache<String, Optional<ExchangeMailbox>> justRead;

    private Microsoft365MailboxService(Microsoft365Settings settings, HttpClient http, AccessTokens tokens,
                                       Consumer<RetryNotice> onRetry, CallBudget budget, CallObserver observer) {
        this.settings = settings;
        this.justRead = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(JUST_READ).build();
        Runnable aroundChange = justRead::invalidateAll;
        this.graph = new GraphClient(new JsonHttp(GraphClient.SERVICE, http, tokens, AccessTokens.GRAPH_SCOPE,
                settings.requestTimeout(), budget, observer, aroundChange), settings.graphBaseUrl());
        this.exchange = new ExchangeAdminClient(new JsonHttp(ExchangeAdminClient.SERVICE, http, tokens,
                AccessTokens.EXCHANGE_SCOPE, settings.requestTimeout(), budget, observer, aroundChange),
                settings.exchangeBaseUrl(), settings.tenantId());
        this.resilience = new Resilience(settings, onRetry);
        this.search = new PeopleSearch(graph, resilience, settings);
        this.organisation = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(Duration.ofMinutes(5)).build();
        this.recipients = new Recipients(exchange);
        this.roles = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ROLES_REMEMBERED).recordStats().build();
    }

    public static Microsoft365MailboxService create(Microsoft365Settings settings) {
        return builder(settings).build();
    }

    public static Builder builder(Microsoft365Settings settings) {
        return new Builder(settings);
    }

    /** Wiring for tests and special networks: another HTTP client (proxy, trusted certificates), another token source. */
    public static final class Builder {
        private final Microsoft365Settings settings;
        private HttpClient http;
        private AccessTokens tokens;
        private Consumer<RetryNotice> onRetry = notice -> { };
        private CallBudget budget;
        private CallObserver observer = CallObserver.none();

        private Builder(Microsoft365Settings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        public Builder httpClient(HttpClient client) {
            this.http = client;
            return this;
        }

        public Builder accessTokens(AccessTokens source) {
            this.tokens = source;
            return this;
        }

        public Builder onRetry(Consumer<RetryNotice> listener) {
            this.onRetry = Objects.requireNonNull(listener);
            return this;
        }

        /** The tenant's budget of calls, shared with whatever else calls this tenant ({@link CallBudget#standard} by default). */
        public Builder callBudget(CallBudget shared) {
            this.budget = Objects.requireNonNull(shared);
            return this;
        }

        public Builder callObserver(CallObserver listener) {
            this.observer = Objects.requireNonNull(listener);
            return this;
        }

        public Microsoft365MailboxService build() {
            HttpClient client = http != null ? http : HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            AccessTokens source = tokens != null ? tokens : new MsalAccessTokens(settings, client);
            return new Microsoft365MailboxService(settings, client, source, onRetry,
                    budget != null ? budget : CallBudget.standard(settings.maxBackoff()), observer);
        }
    }

    /** The client's caches by name, for their hit ratios: the people picker's searches, trustees, roles. */
    public Map<String, Cache<?, ?>> caches() {
        return Map.of("people-search", search.cache(), "recipients", recipients.cache(), "directory-roles", roles);
    }

    // --- organisation, people, groups

    /**
     * Personal chats with people who never wrote to the bot, through the same Graph client, retries and
     * throttling as every other call.
     *
     * @param catalogAppId the app's id in the tenant's app catalog, or empty to look it up by manifest id
     * @param manifestId   the id in the app's manifest (the bot's Microsoft App id)
     */
    public PersonalChats personalChats(Optional<String> catalogAppId, String manifestId) {
        return new Microsoft365PersonalChats(graph, resilience, this::isDirectoryKey, catalogAppId, manifestId);
    }

    @Override
    public Organisation organisation() {
        return organisation.get(settings.tenantId(), key -> resilience.run(null, attempt -> {
            JsonNode org = graph.organisation().orElseThrow(() -> new MailboxException.RemoteFailure(GraphClient.SERVICE,
                    404, "no organization", false, null));
            List<AcceptedDomain> domains = exchange.invoke(Cmdlet.named("Get-AcceptedDomain")).stream()
                    .map(d -> new AcceptedDomain(d.path("DomainName").asText(), d.path("Default").asBoolean(false)))
                    .toList();
            // A directory synchronised from on premises manages its mailboxes in the on-premises Exchange admin centre.
            return new Organisation(org.path("id").asText(settings.tenantId()), org.path("displayName").asText(""),
                    org.path("onPremisesSyncEnabled").asBoolean(false), domains);
        }));
    }

    @Override
    public Optional<Person> person(String id) {
        if (!isDirectoryKey(id)) {
            return Optional.empty();
        }
        return resilience.run(null, attempt -> graph.user(id)).map(GraphMapping::person);
    }

    /**
     * Every change asks who may make it; within one conversation that is many questions in a minute,
     * so the answer is kept briefly. A role taken away stops working within {@link #ROLES_REMEMBERED}.
     */
    @Override
    public Set<DirectoryRole> rolesOf(String personId) {
        requireDirectoryKey(personId, Problem.PERSON_NOT_FOUND);
        return roles.get(personId, this::directoryRoles);
    }

    private Set<DirectoryRole> directoryRoles(String personId) {
        List<JsonNode> held = resilience.run(null, attempt -> graph.directoryRoles(personId))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, personId));
        Set<DirectoryRole> known = EnumSet.noneOf(DirectoryRole.class);
        held.forEach(r -> DirectoryRole.byTemplateId(r.path("roleTemplateId").asText()).ifPresent(known::add));
        return Set.copyOf(known);
    }

    @Override
    public List<Person> people(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return resilience.run(null, attempt -> graph.firstUsers(Math.min(limit, MAX_PAGE))).stream()
                .map(GraphMapping::person).toList();
    }

    @Override
    public Optional<Person> managerOf(String personId) {
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

    @Override
    public List<Principal> searchPrincipals(String prefix, int limit) {
        return search.search(prefix, limit);
    }

    @Override
    public Optional<Group> group(String id) {
        if (!isDirectoryKey(id)) {
            return Optional.empty();
        }
        return resilience.run(null, attempt -> graph.group(id)).map(GraphMapping::group);
    }

    @Override
    public List<Person> membersOf(String groupId) {
        requireDirectoryKey(groupId, Problem.GROUP_NOT_FOUND);
        return resilience.run(null, attempt -> graph.groupMembers(groupId))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.GROUP_NOT_FOUND, groupId))
                .stream().map(GraphMapping::person)
                .sorted(Comparator.comparing(p -> PeopleSearch.fold(p.displayName()))).toList();
    }

    // --- mailboxes

    @Override
    public List<Mailbox> sharedMailboxes() {
        List<JsonNode> found = resilience.run(null, attempt -> exchange.invoke(Cmdlet.named("Get-Mailbox")
                .with("RecipientTypeDetails", List.of("SharedMailbox")).with("ResultSize", "Unlimited")));
        return found.stream().map(ExchangeMailbox::of).map(this::complete)
                .sorted(Comparator.comparing(m -> PeopleSearch.fold(m.displayName()))).toList();
    }

    /** How long a read mailbox serves other reads: long enough for the reads of one answer, too short to mislead. */
    private static final Duration JUST_READ = Duration.ofSeconds(2);

    /** The properties a list shows; nothing that needs a call per mailbox. */
    private static final List<String> LISTED = List.of("ExternalDirectoryObjectId", "DisplayName", "Alias",
            "PrimarySmtpAddress");

    /** One call: a page of {@code Get-Mailbox -RecipientTypeDetails SharedMailbox}, by {@code @odata.nextLink}. */
    @Override
    public MailboxPage sharedMailboxes(int size, Optional<String> after) {
        ExchangeAdminClient.Page page = resilience.run(null, attempt -> exchange.page(Cmdlet.named("Get-Mailbox")
                .with("RecipientTypeDetails", List.of("SharedMailbox")).with("ResultSize", "Unlimited"), size, LISTED,
                after.filter(link -> !link.isBlank())));
        return new MailboxPage(page.values().stream().map(Microsoft365MailboxService::entry)
                .sorted(Comparator.comparing(entry -> PeopleSearch.fold(entry.displayName()))).toList(), page.next());
    }

    /** One call: {@code Get-Mailbox -Anr}, Exchange's own search on the start of names, aliases and addresses. */
    @Override
    public List<MailboxEntry> findSharedMailboxes(String text, int limit) {
        Optional<String> searched = MailboxSearchText.of(text, () -> organisation().acceptedDomains());
        if (searched.isEmpty() || limit <= 0) {
            return List.of();
        }
        String anr = searched.get();
        ExchangeAdminClient.Page found = resilience.run(null, attempt -> exchange.page(Cmdlet.named("Get-Mailbox")
                .with("RecipientTypeDetails", List.of("SharedMailbox")).with("Anr", anr)
                .with("ResultSize", String.valueOf(limit)), limit, LISTED, Optional.empty()));
        return found.values().stream().map(Microsoft365MailboxService::entry)
                .sorted(Comparator.comparing(entry -> PeopleSearch.fold(entry.displayName()))).limit(limit).toList();
    }

    private static MailboxEntry entry(JsonNode m) {
        return new MailboxEntry(m.path("ExternalDirectoryObjectId").asText(), m.path("DisplayName").asText(""),
                m.path("Alias").asText(""), m.path("PrimarySmtpAddress").asText("").toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Mailbox> mailbox(String idOrAddress) {
        return readMailbox(idOrAddress).map(this::complete);
    }

    /**
     * A mailbox for a read: reads of one mailbox made within a moment of each other (an overview reads the mailbox
     * and its delegates side by side) share one {@code Get-Mailbox}. Changes never use this: they read afresh.
     */
    private Optional<ExchangeMailbox> readMailbox(String idOrAddress) {
        if (!isMailboxIdentity(idOrAddress)) {
            return Optional.empty();
        }
        return justRead.get(idOrAddress.strip().toLowerCase(Locale.ROOT), identity -> findMailbox(identity));
    }

    @Override
    public boolean addressInUse(String address) {
        if (isBlank(address)) {
            return false;
        }
        String wanted = address.strip();
        return resilience.run(null, attempt -> recipients.existsNow(wanted) || graph.addressUsedInDirectory(wanted));
    }

    @Override
    public Created createSharedMailbox(NewSharedMailbox request) {
        Organisation org = organisation();
        if (org.hybrid()) {
            throw new MailboxException.InvalidInput(Problem.HYBRID_ORGANISATION, org.displayName());
        }
        String displayName = request.displayName().strip();
        if (!NewSharedMailbox.isValidDisplayName(displayName)) {
            throw new MailboxException.InvalidInput(Problem.DISPLAY_NAME_INVALID, request.displayName());
        }
        String alias = Aliases.requireValid(request.alias());
        String domain = request.domain().strip().toLowerCase(Locale.ROOT);
        if (org.acceptedDomains().stream().noneMatch(d -> d.name().equals(domain))) {
            throw new MailboxException.InvalidInput(Problem.DOMAIN_NOT_ACCEPTED, request.domain());
        }
        String address = alias + "@" + domain;
        if (addressInUse(address)) {
            // Taken, perhaps by this very mailbox from an earlier attempt whose answer was lost.
            Optional<ExchangeMailbox> existing = findMailbox(address).filter(m -> isSame(m, address, displayName));
            if (existing.isPresent()) {
                return new Created(complete(existing.get()), Change.ALREADY_SO);
            }
            throw new MailboxException.AlreadyExists(Problem.ADDRESS_TAKEN, address);
        }
        Cmdlet newMailbox = Cmdlet.named("New-Mailbox").with("Shared", true).with("Name", alias)
                .with("DisplayName", displayName).with("Alias", alias).with("PrimarySmtpAddress", address);
        ExchangeMailbox created = resilience.run(address, attempt -> {
            if (attempt > 1) {
                // The earlier attempt may have created it before its answer was lost.
                Optional<ExchangeMailbox> earlier = lookUp(address);
                if (earlier.isPresent() && isSame(earlier.get(), address, displayName)) {
                    return earlier.get();
                }
            }
            try {
                return ExchangeMailbox.of(exchange.invoke(newMailbox).get(0));
            } catch (MailboxException.AlreadyExists taken) {
                return lookUp(address).filter(m -> isSame(m, address, displayName)).orElseThrow(() -> taken);
            }
        });
        return new Created(complete(created), Change.MADE);
    }

    @Override
    public Change convertToShared(String mailboxId) {
        ExchangeMailbox m = requireMailbox(mailboxId);
        if (m.kind() == MailboxKind.SHARED) {
            throw new MailboxException.InvalidInput(Problem.ALREADY_SHARED, m.displayName());
        }
        return write(m, sent -> {
            if (sent.get() && lookUp(m.primarySmtpAddress()).map(x -> x.kind() == MailboxKind.SHARED).orElse(false)) {
                return Change.MADE;
            }
            sent.set(true);
            exchange.invoke(Cmdlet.named("Set-Mailbox").with("Identity", m.primarySmtpAddress()).with("Type", "Shared"));
            return Change.MADE;
        });
    }

    @Override
    public Change setHiddenFromAddressLists(String mailboxId, boolean hidden) {
        ExchangeMailbox m = requireMailbox(mailboxId);
        return write(m, sent -> {
            boolean now = sent.get() ? lookUp(m.primarySmtpAddress()).map(ExchangeMailbox::hidden).orElse(m.hidden())
                    : m.hidden();
            if (now == hidden) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            exchange.invoke(Cmdlet.named("Set-Mailbox").with("Identity", m.primarySmtpAddress())
                    .with("HiddenFromAddressListsEnabled", hidden));
            return Change.MADE;
        });
    }

    // --- delegates

    @Override
    public List<PermissionGrant> delegates(String mailboxId) {
        ExchangeMailbox m = readMailbox(mailboxId).orElseThrow(
                () -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, String.valueOf(mailboxId)));
        return resilience.run(m.primarySmtpAddress(), attempt -> {
            List<PermissionGrant> grants = new ArrayList<>();
            grants.addAll(fullAccess(m, null));
            grants.addAll(sendAs(m, null));
            grants.addAll(sendOnBehalf(m));
            return grants.stream().sorted(GRANT_ORDER).toList();
        });
    }

    @Override
    public Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping) {
        Objects.requireNonNull(right, "right");
        ExchangeMailbox m = requireReady(mailboxId);
        Principal trustee = requireTrustee(trusteeId);
        return grantOn(m, trustee, right, autoMapping, () -> held(m, trustee, exchangeIdentity(trustee), right));
    }

    @Override
    public List<GrantOutcome> grantAll(String mailboxId, List<RightToGrant> rights, Consumer<GrantOutcome> settled) {
        return new GrantBatch(new BatchTenant(), settings.perMailboxConcurrency()).run(mailboxId, rights, settled);
    }

    /** What a batch of grants reads and writes, the same way a single grant does. */
    private final class BatchTenant implements GrantBatch.Tenant {
        @Override
        public ExchangeMailbox mailbox(String idOrAddress) {
            return requireMailbox(idOrAddress);
        }

        @Override
        public boolean isReady(ExchangeMailbox m) {
            return statistics(m).isPresent();
        }

        @Override
        public List<PermissionGrant> held(ExchangeMailbox m, Right kind) {
            return Microsoft365MailboxService.this.held(m, kind);
        }

        @Override
        public Principal trustee(String id) {
            return requireTrustee(id);
        }

        @Override
        public Change grant(ExchangeMailbox m, Principal trustee, Right right, boolean autoMapping,
                            Optional<PermissionGrant> held) {
            return grantOn(m, trustee, right, autoMapping, () -> held);
        }

        @Override
        public void addSendOnBehalf(ExchangeMailbox m, List<Principal> trustees) {
            Microsoft365MailboxService.this.addSendOnBehalf(m, trustees);
        }
    }

    /** Exchange records automapping on the member's own mailbox: through a group it never happens. */
    static boolean mapping(Principal trustee, Right right, boolean autoMapping) {
        return right == Right.FULL_ACCESS && autoMapping && trustee instanceof Person;
    }

    /**
     * One grant; {@code firstRead} says what is held before anything is sent. After a failure that
     * may have hidden a success the tenant is read again, so a retried write never lands twice; after
     * a 429 it need not be, as Exchange refused the call without acting on it.
     */
    private Change grantOn(ExchangeMailbox m, Principal trustee, Right right, boolean autoMapping,
                           Supplier<Optional<PermissionGrant>> firstRead) {
        String identity = exchangeIdentity(trustee);
        boolean mapping = mapping(trustee, right, autoMapping);
        return write(m, sent -> {
            Optional<PermissionGrant> held = sent.get() ? held(m, trustee, identity, right) : firstRead.get();
            if (held.isPresent() && held.get().autoMapping() == mapping) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            boolean removed = false;
            try {
                switch (right) {
                    case FULL_ACCESS -> {
                        if (held.isPresent()) {
                            // Automapping is set when the permission is added; changing it means adding it again.
                            sent.set(true);
                            exchange.invoke(removeFullAccess(m, identity));
                            removed = true;
                        }
                        sent.set(true);
                        exchange.invoke(Cmdlet.named("Add-MailboxPermission").with("Identity", m.primarySmtpAddress())
                                .with("User", identity).with("AccessRights", List.of("FullAccess"))
                                .with("InheritanceType", "All").with("AutoMapping", mapping));
                    }
                    case SEND_AS -> {
                        sent.set(true);
                        exchange.invoke(Cmdlet.named("Add-RecipientPermission")
                                .with("Identity", m.primarySmtpAddress()).with("Trustee", identity)
                                .with("AccessRights", List.of("SendAs")).with("Confirm", false));
                    }
                    case SEND_ON_BEHALF -> {
                        sent.set(true);
                        exchange.invoke(Cmdlet.named("Set-Mailbox").with("Identity", m.primarySmtpAddress())
                                .withChange("GrantSendOnBehalfTo", "Add", List.of(identity)));
                    }
                }
            } catch (MailboxException.Throttled refused) {
                if (!removed) {
                    sent.set(false);
                }
                throw refused;
            }
            return Change.MADE;
        });
    }

    /** Send on Behalf for many trustees in one Set-Mailbox; tried again, it adds only who is still missing. */
    private void addSendOnBehalf(ExchangeMailbox m, List<Principal> trustees) {
        write(m, sent -> {
            List<Principal> missing = trustees;
            if (sent.get()) {
                Set<String> holders = sendOnBehalf(lookUp(m.primarySmtpAddress()).orElse(m)).stream()
                        .map(g -> g.trusteeId().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
                missing = trustees.stream().filter(t -> !holders.contains(t.id().toLowerCase(Locale.ROOT))).toList();
            }
            if (missing.isEmpty()) {
                return Change.MADE;
            }
            sent.set(true);
            try {
                exchange.invoke(Cmdlet.named("Set-Mailbox").with("Identity", m.primarySmtpAddress())
                        .withChange("GrantSendOnBehalfTo", "Add",
                                missing.stream().map(Microsoft365MailboxService::exchangeIdentity).distinct().toList()));
            } catch (MailboxException.Throttled refused) {
                sent.set(false);
                throw refused;
            }
            return Change.MADE;
        });
    }

    /** The grants of one kind the mailbox holds, read on its own so that the kinds can be read side by side. */
    private List<PermissionGrant> held(ExchangeMailbox m, Right kind) {
        return resilience.run(m.primarySmtpAddress(), attempt -> switch (kind) {
            case FULL_ACCESS -> fullAccess(m, null);
            case SEND_AS -> sendAs(m, null);
            case SEND_ON_BEHALF -> sendOnBehalf(m);
        });
    }

    @Override
    public Change revoke(String mailboxId, String trusteeId, Right right) {
        Objects.requireNonNull(right, "right");
        ExchangeMailbox m = requireReady(mailboxId);
        Principal trustee = requireTrustee(trusteeId);
        String identity = exchangeIdentity(trustee);
        return write(m, sent -> {
            if (held(m, trustee, identity, right).isEmpty()) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            switch (right) {
                case FULL_ACCESS -> exchange.invoke(removeFullAccess(m, identity));
                case SEND_AS -> exchange.invoke(Cmdlet.named("Remove-RecipientPermission")
                        .with("Identity", m.primarySmtpAddress()).with("Trustee", identity)
                        .with("AccessRights", List.of("SendAs")).with("Confirm", false));
                case SEND_ON_BEHALF -> exchange.invoke(Cmdlet.named("Set-Mailbox")
                        .with("Identity", m.primarySmtpAddress()).withChange("GrantSendOnBehalfTo", "Remove", List.of(identity)));
            }
            return Change.MADE;
        });
    }

    // --- the mailbox's user account

    @Override
    public Change setSignInBlocked(String mailboxId, boolean blocked) {
        ExchangeMailbox m = requireMailbox(mailboxId);
        return write(m, sent -> {
            boolean enabled = graph.account(m.id()).map(a -> a.path("accountEnabled").asBoolean(true)).orElse(true);
            if (enabled != blocked) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            graph.setAccountEnabled(m.id(), !blocked);
            return Change.MADE;
        });
    }

    @Override
    public Change removeLicence(String mailboxId, String skuId) {
        Mailbox m = complete(requireMailbox(mailboxId));
        String wanted = isBlank(skuId) ? "" : skuId.strip().toLowerCase(Locale.ROOT);
        Licence licence = m.account().licences().stream().filter(l -> l.skuId().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new MailboxException.NotFound(Problem.LICENCE_NOT_ASSIGNED, String.valueOf(skuId)));
        if (licence.assignedByGroup()) {
            throw new MailboxException.InvalidInput(Problem.LICENCE_ASSIGNED_BY_GROUP, licence.skuPartNumber());
        }
        // A user mailbox without its licence is disabled after 30 days: only a shared one may lose it.
        if (m.kind() == MailboxKind.USER || m.storage().needsLicence()) {
            throw new MailboxException.InvalidInput(Problem.LICENCE_STILL_NEEDED, m.displayName());
        }
        return resilience.run(m.primarySmtpAddress(), new java.util.function.IntFunction<Change>() {
            private boolean sent;

            @Override
            public Change apply(int attempt) {
                if (sent && licences(m.id(), graph.account(m.id())).stream().noneMatch(l -> l.skuId().equalsIgnoreCase(wanted)
                        && !l.assignedByGroup())) {
                    return Change.MADE;
                }
                sent = true;
                graph.removeLicence(m.id(), licence.skuId());
                return Change.MADE;
            }
        });
    }

    // --- the shared calendar

    @Override
    public CalendarEvent addEvent(String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end,
                                  String location) {
        CalendarEvent.requireValidNew(subject, start, end, location);
        ExchangeMailbox m = requireMailbox(mailboxId);
        String place = location == null ? "" : location.strip();
        String title = subject.strip();
        // The same request always carries the same transactionId, so Graph returns the event made the first time.
        String transactionId = UUID.nameUUIDFromBytes(String.join("\n", m.id(), title, start.toInstant().toString(),
                end.toInstant().toString(), place).getBytes(StandardCharsets.UTF_8)).toString();
        return resilience.run(m.primarySmtpAddress(), attempt -> GraphMapping.event(
                graph.createEvent(m.id(), title, start, end, place, transactionId)));
    }

    @Override
    public List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit) {
        ExchangeMailbox m = requireMailbox(mailboxId);
        if (limit <= 0) {
            return List.of();
        }
        return resilience.run(m.primarySmtpAddress(), attempt -> graph.calendarView(m.id(), from, CALENDAR_WINDOW, limit))
                .stream().map(GraphMapping::event)
                .sorted(Comparator.comparing(CalendarEvent::start, OffsetDateTime.timeLineOrder())
                        .thenComparing(CalendarEvent::subject))
                .limit(limit).toList();
    }

    // --- reading mailboxes

    private Optional<ExchangeMailbox> findMailbox(String idOrAddress) {
        if (!isMailboxIdentity(idOrAddress)) {
            return Optional.empty();
        }
        return resilience.run(null, attempt -> lookUp(idOrAddress.strip()));
    }

    /**
     * What a mailbox is looked up by, as the contract has it: its object id, an address on one of the
     * organisation's accepted domains, or its alias. Anything else names no mailbox and is never sent
     * to Exchange, whose identity parameter would otherwise receive whatever a card's data carried.
     */
    private boolean isMailboxIdentity(String idOrAddress) {
        if (isBlank(idOrAddress)) {
            return false;
        }
        String identity = idOrAddress.strip();
        String folded = identity.toLowerCase(Locale.ROOT);
        if (OBJECT_ID.matcher(identity).matches() || Aliases.isValid(folded)) {
            return true;
        }
        int at = folded.lastIndexOf('@');
        return at > 0 && Aliases.isValid(folded.substring(0, at)) && isAcceptedDomain(folded.substring(at + 1));
    }

    /**
     * An Entra object id, or a user principal name on one of the organisation's domains: how Graph is
     * asked for a user or group, and nothing else is.
     */
    private boolean isDirectoryKey(String id) {
        if (isBlank(id)) {
            return false;
        }
        String key = id.strip();
        return OBJECT_ID.matcher(key).matches()
                || PRINCIPAL_NAME.matcher(key).matches() && isAcceptedDomain(key.substring(key.lastIndexOf('@') + 1));
    }

    private boolean isAcceptedDomain(String domain) {
        String wanted = domain.toLowerCase(Locale.ROOT);
        return organisation().acceptedDomains().stream().anyMatch(accepted -> accepted.name().equalsIgnoreCase(wanted));
    }

    /** One Get-Mailbox, without retries: for use inside an attempt. */
    private Optional<ExchangeMailbox> lookUp(String identity) {
        try {
            return exchange.invoke(Cmdlet.named("Get-Mailbox").with("Identity", identity)).stream().findFirst()
                    .map(ExchangeMailbox::of);
        } catch (MailboxException.NotFound e) {
            return Optional.empty();
        }
    }

    private ExchangeMailbox requireMailbox(String idOrAddress) {
        return findMailbox(idOrAddress).orElseThrow(
                () -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, String.valueOf(idOrAddress)));
    }

    /** Exchange cannot change permissions of a mailbox it is still provisioning. */
    private ExchangeMailbox requireReady(String idOrAddress) {
        ExchangeMailbox m = requireMailbox(idOrAddress);
        if (statistics(m).isEmpty()) {
            throw new MailboxException.NotReady(m.primarySmtpAddress());
        }
        return m;
    }

    /** Get-MailboxStatistics; empty while the mailbox is being provisioned. */
    private Optional<JsonNode> statistics(ExchangeMailbox m) {
        return resilience.run(m.primarySmtpAddress(), attempt -> {
            try {
                return exchange.invoke(Cmdlet.named("Get-MailboxStatistics").with("Identity", m.primarySmtpAddress()))
                        .stream().findFirst();
            } catch (MailboxException.NotReady | MailboxException.NotFound provisioning) {
                return Optional.empty();
            }
        });
    }

    /** The mailbox with its provisioning state, size and account: the account read once, for sign-in and licences. */
    private Mailbox complete(ExchangeMailbox m) {
        Optional<JsonNode> statistics = statistics(m);
        MailboxStorage storage = new MailboxStorage(statistics.map(ExchangeMailbox::totalBytes).orElse(0L), m.archive(),
                m.litigationHold());
        Optional<JsonNode> account = resilience.run(null, attempt -> graph.account(m.id()));
        boolean blocked = account.map(a -> !a.path("accountEnabled").asBoolean(true)).orElse(false);
        return new Mailbox(m.id(), m.displayName(), m.alias(), m.primarySmtpAddress(), m.kind(), m.hidden(),
                statistics.isPresent() ? ProvisioningState.READY : ProvisioningState.PROVISIONING,
                new MailboxAccount(m.id(), blocked, licences(m.id(), account)), storage);
    }

    /** Licences of an account; one counts as assigned by a group when no direct assignment of it exists. */
    private List<Licence> licences(String userId, Optional<JsonNode> account) {
        JsonNode states = account.map(a -> a.path("licenseAssignmentStates")).orElse(JsonHttp.JSON.createArrayNode());
        if (states.isEmpty()) {
            return List.of();
        }
        return resilience.run(null, attempt -> {
            Map<String, String> partNumbers = new HashMap<>();
            graph.licenceDetails(userId).forEach(d -> partNumbers.put(d.path("skuId").asText().toLowerCase(Locale.ROOT),
                    d.path("skuPartNumber").asText()));
            Map<String, Boolean> direct = new LinkedHashMap<>();
            for (JsonNode state : states) {
                String sku = state.path("skuId").asText().toLowerCase(Locale.ROOT);
                boolean isDirect = state.path("assignedByGroup").isNull() || state.path("assignedByGroup").isMissingNode();
                direct.merge(sku, isDirect, Boolean::logicalOr);
            }
            List<Licence> licences = new ArrayList<>();
            direct.forEach((sku, isDirect) -> licences.add(new Licence(sku, partNumbers.getOrDefault(sku, sku), !isDirect)));
            return List.copyOf(licences);
        });
    }

    private static boolean isSame(ExchangeMailbox m, String address, String displayName) {
        return m.kind() == MailboxKind.SHARED && m.primarySmtpAddress().equalsIgnoreCase(address)
                && m.displayName().equals(displayName);
    }

    // --- permissions

    private Optional<PermissionGrant> held(ExchangeMailbox m, Principal trustee, String identity, Right right) {
        List<PermissionGrant> grants = switch (right) {
            case FULL_ACCESS -> fullAccess(m, identity);
            case SEND_AS -> sendAs(m, identity);
            case SEND_ON_BEHALF -> lookUp(m.primarySmtpAddress()).map(this::sendOnBehalf).orElse(List.of());
        };
        return grants.stream().filter(g -> g.trusteeId().equalsIgnoreCase(trustee.id())).findFirst();
    }

    /** Full Access grants, with automapping read from the mailbox's DelegateListLink. */
    private List<PermissionGrant> fullAccess(ExchangeMailbox m, String user) {
        Cmdlet get = Cmdlet.named("Get-MailboxPermission").with("Identity", m.primarySmtpAddress());
        if (user != null) {
            get.with("User", user);
        }
        List<JsonNode> entries = exchange.invoke(get.with("ReadFromDomainController", true));
        List<String> links = new ArrayList<>();
        entries.stream().findFirst().ifPresent(e -> e.path("DelegateListLink").forEach(link -> links.add(link.asText())));
        List<String> users = entries.stream().filter(entry -> !entry.path("IsInherited").asBoolean(false)
                        && !entry.path("Deny").asBoolean(false) && contains(entry.path("AccessRights"), "FullAccess")
                        && !isSystem(entry.path("User").asText()))
                .map(entry -> entry.path("User").asText()).toList();
        Map<String, Recipients.Recipient> named = recipients.all(Stream.concat(links.stream(), users.stream()).toList());
        Set<String> mapped = links.stream().map(link -> named.get(link).id().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return users.stream().map(named::get).map(r -> new PermissionGrant(r.id(), r.displayName(), Right.FULL_ACCESS,
                mapped.contains(r.id().toLowerCase(Locale.ROOT)))).toList();
    }

    private List<PermissionGrant> sendAs(ExchangeMailbox m, String trustee) {
        Cmdlet get = Cmdlet.named("Get-RecipientPermission").with("Identity", m.primarySmtpAddress())
                .with("AccessRights", List.of("SendAs"));
        if (trustee != null) {
            get.with("Trustee", trustee);
        }
        List<String> trustees = exchange.invoke(get).stream().filter(entry -> !entry.path("IsInherited").asBoolean(false)
                        && "Allow".equalsIgnoreCase(entry.path("AccessControlType").asText("Allow"))
                        && contains(entry.path("AccessRights"), "SendAs") && !isSystem(entry.path("Trustee").asText()))
                .map(entry -> entry.path("Trustee").asText()).toList();
        return named(trustees, Right.SEND_AS);
    }

    private List<PermissionGrant> sendOnBehalf(ExchangeMailbox m) {
        return named(m.sendOnBehalf(), Right.SEND_ON_BEHALF);
    }

    private List<PermissionGrant> named(List<String> trustees, Right right) {
        Map<String, Recipients.Recipient> named = recipients.all(trustees);
        return trustees.stream().map(named::get).map(r -> new PermissionGrant(r.id(), r.displayName(), right, false)).toList();
    }

    private static Cmdlet removeFullAccess(ExchangeMailbox m, String identity) {
        return Cmdlet.named("Remove-MailboxPermission").with("Identity", m.primarySmtpAddress()).with("User", identity)
                .with("AccessRights", List.of("FullAccess")).with("InheritanceType", "All").with("Confirm", false);
    }

    private Principal requireTrustee(String trusteeId) {
        requireDirectoryKey(trusteeId, Problem.PERSON_NOT_FOUND);
        Optional<Principal> trustee = person(trusteeId).<Principal>map(p -> p)
                .or(() -> group(trusteeId).map(g -> g));
        return trustee.orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, trusteeId));
    }

    /** How the trustee is named to Exchange: a person by UPN, a group by its address. */
    private static String exchangeIdentity(Principal trustee) {
        if (trustee instanceof Person p) {
            return p.userPrincipalName();
        }
        Group g = (Group) trustee;
        return g.mail().isBlank() ? g.id() : g.mail();
    }

    // --- helpers

    /** A write on one mailbox, tried again on transient failures; {@code sent} tells a retry that the change went out. */
    private <T> T write(ExchangeMailbox m, java.util.function.Function<AtomicBoolean, T> body) {
        AtomicBoolean sent = new AtomicBoolean();
        return resilience.run(m.primarySmtpAddress(), attempt -> body.apply(sent));
    }

    private static boolean contains(JsonNode rights, String right) {
        if (rights.isTextual()) {
            return rights.asText().contains(right);
        }
        for (JsonNode r : rights) {
            if (r.asText().contains(right)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSystem(String identity) {
        return identity.startsWith("NT AUTHORITY\\") || identity.startsWith("S-1-5-");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A person or group id that Graph may be asked about; else not found, without asking. */
    private void requireDirectoryKey(String id, Problem problem) {
        if (!isDirectoryKey(id)) {
            throw new MailboxException.NotFound(problem, String.valueOf(id));
        }
    }
}
