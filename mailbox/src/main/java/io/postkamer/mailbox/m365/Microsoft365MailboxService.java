package io.postkamer.mailbox.m365;

import com.github.benmanes.caffeine.cache.Cache;
import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DeletedAccounts;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxPage;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.PersonalChats;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;
import io.postkamer.mailbox.SentItemsCopies;
import io.postkamer.mailbox.TenantHealthFacts;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The mailbox service on a real Microsoft 365 tenant: the directory, accounts, licences and
 * calendars through Microsoft Graph, mailboxes and their permissions through Exchange Online's admin
 * API. Every input is checked before anything is written; every write reads first, so asking for
 * what is already so changes nothing, and a write tried again after a lost answer finds its own
 * earlier effect instead of doing it twice.
 */
public final class Microsoft365MailboxService implements MailboxService {
    private final GraphClient graph;
    private final LastSignIns signIns;

    private final Resilience resilience;
    private final PeopleSearch search;
    private final Recipients recipients;
    private final Directory directory;
    private final MailboxReads mailboxes;
    private final MailboxChanges changes;
    private final MailboxPermissions permissions;
    private final MailboxAccounts accounts;
    private final SharedCalendar calendar;
    private final AutomaticReplies replies;
    private final SharedMailboxScan health;
    private final OrphanedPermissions orphans;

    private Microsoft365MailboxService(
            Microsoft365Settings settings,
            HttpClient http,
            AccessTokens tokens,
            Consumer<RetryNotice> onRetry,
            CallBudget budget,
            CallObserver observer,
            AutoMappingRecords autoMappings) {
        Cache<String, Optional<ExchangeMailbox>> justRead = MailboxReads.newJustRead();
        Runnable aroundChange = justRead::invalidateAll;
        this.graph = new GraphClient(
                new JsonHttp(
                        GraphClient.SERVICE,
                        http,
                        tokens,
                        AccessTokens.GRAPH_SCOPE,
                        settings.requestTimeout(),
                        budget,
                        observer,
                        aroundChange),
                settings.graphBaseUrl());
        ExchangeAdminClient exchange = new ExchangeAdminClient(
                new JsonHttp(
                        ExchangeAdminClient.SERVICE,
                        http,
                        tokens,
                        AccessTokens.EXCHANGE_SCOPE,
                        settings.requestTimeout(),
                        budget,
                        observer,
                        aroundChange),
                settings.exchangeBaseUrl(),
                settings.tenantId());
        this.resilience = new Resilience(settings, onRetry);
        this.signIns = new LastSignIns(new DirectoryBatches(graph, resilience));
        this.search = new PeopleSearch(graph, resilience, settings);
        this.recipients = new Recipients(exchange);
        this.directory = new Directory(settings.tenantId(), graph, exchange, resilience);
        this.accounts = new MailboxAccounts(graph, resilience);
        this.mailboxes = new MailboxReads(graph, exchange, resilience, directory, recipients, accounts, justRead);
        this.changes = new MailboxChanges(exchange, resilience, directory, mailboxes, search::sharedMailboxAccount);
        this.permissions = new MailboxPermissions(
                exchange, resilience, recipients, directory, mailboxes, settings.perMailboxConcurrency(), autoMappings);
        this.calendar = new SharedCalendar(graph, resilience, mailboxes);
        this.replies = new AutomaticReplies(exchange, resilience, mailboxes);
        this.health = new SharedMailboxScan(exchange, graph, resilience, mailboxes, recipients);
        this.orphans = new OrphanedPermissions(exchange, resilience, mailboxes);
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
        private Consumer<RetryNotice> onRetry = notice -> {};
        private CallBudget budget;
        private CallObserver observer = CallObserver.none();
        private AutoMappingRecords autoMappings;

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

        /** Where the automapping the bot sets is kept ({@link LocalAutoMappingRecords}, this instance only, by default). */
        public Builder autoMappingRecords(AutoMappingRecords records) {
            this.autoMappings = Objects.requireNonNull(records);
            return this;
        }

        public Microsoft365MailboxService build() {
            HttpClient client = http != null
                    ? http
                    : HttpClient.newBuilder()
                            .connectTimeout(settings.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
            AccessTokens source = tokens != null ? tokens : new MsalAccessTokens(settings, client);
            return new Microsoft365MailboxService(
                    settings,
                    client,
                    source,
                    onRetry,
                    budget != null ? budget : CallBudget.standard(settings.maxBackoff()),
                    observer,
                    autoMappings != null ? autoMappings : new LocalAutoMappingRecords());
        }
    }

    /**
     * The client's caches by name, for their hit ratios: the people picker's searches and the mailbox purposes that
     * keep shared mailboxes out of it, trustees, roles.
     */
    public Map<String, Cache<?, ?>> caches() {
        return Map.of(
                "people-search",
                search.cache(),
                "mailbox-purposes",
                search.purposes(),
                "recipients",
                recipients.cache(),
                "directory-roles",
                directory.rolesCache());
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
        return new Microsoft365PersonalChats(graph, resilience, directory::isDirectoryKey, catalogAppId, manifestId);
    }

    @Override
    public Organisation organisation() {
        return directory.organisation();
    }

    @Override
    public Optional<Person> person(String id) {
        return directory.person(id);
    }

    @Override
    public Set<DirectoryRole> rolesOf(String personId) {
        return directory.rolesOf(personId);
    }

    @Override
    public List<Person> people(int limit) {
        return search.firstPeople(limit);
    }

    @Override
    public Optional<Person> managerOf(String personId) {
        return directory.managerOf(personId);
    }

    @Override
    public List<Person> administrators() {
        return directory.administrators();
    }

    @Override
    public Map<String, Instant> lastSignIns(List<String> personIds) {
        return signIns.of(personIds);
    }

    @Override
    public boolean isMailboxAccount(String id) {
        return search.isMailboxAccount(id);
    }

    @Override
    public List<Principal> searchPrincipals(String prefix, int limit) {
        return search.search(prefix, limit);
    }

    @Override
    public Optional<Group> group(String id) {
        return directory.group(id);
    }

    @Override
    public List<Person> membersOf(String groupId) {
        return directory.membersOf(groupId);
    }

    // --- mailboxes

    @Override
    public List<Mailbox> sharedMailboxes() {
        return mailboxes.sharedMailboxes();
    }

    @Override
    public MailboxPage sharedMailboxes(int size, Optional<String> after) {
        return mailboxes.sharedMailboxes(size, after);
    }

    @Override
    public List<MailboxEntry> findSharedMailboxes(String text, int limit) {
        return mailboxes.findSharedMailboxes(text, limit);
    }

    @Override
    public Optional<Mailbox> mailbox(String idOrAddress) {
        return mailboxes.mailbox(idOrAddress);
    }

    @Override
    public boolean addressInUse(String address) {
        return mailboxes.addressInUse(address);
    }

    @Override
    public Created createSharedMailbox(NewSharedMailbox request) {
        return changes.createSharedMailbox(request);
    }

    @Override
    public Change convertToShared(String mailboxId) {
        return changes.convertToShared(mailboxId);
    }

    @Override
    public Change setHiddenFromAddressLists(String mailboxId, boolean hidden) {
        return changes.setHiddenFromAddressLists(mailboxId, hidden);
    }

    @Override
    public Change setSentItemsCopies(String mailboxId, SentItemsCopies copies) {
        return changes.setSentItemsCopies(mailboxId, copies);
    }

    // --- delegates

    @Override
    public List<PermissionGrant> delegates(String mailboxId) {
        return permissions.delegates(mailboxId);
    }

    @Override
    public Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping) {
        return permissions.grant(mailboxId, trusteeId, right, autoMapping);
    }

    @Override
    public List<GrantOutcome> grantAll(String mailboxId, List<RightToGrant> rights, Consumer<GrantOutcome> settled) {
        return permissions.grantAll(mailboxId, rights, settled);
    }

    /** A deleted account's right goes by the security identifier Exchange names it by; any other by the trustee. */
    @Override
    public Change revoke(String mailboxId, String trusteeId, Right right) {
        return DeletedAccounts.isSecurityIdentifier(trusteeId)
                ? orphans.revoke(mailboxId, trusteeId, right)
                : permissions.revoke(mailboxId, trusteeId, right);
    }

    // --- the health of the shared mailboxes

    @Override
    public TenantHealthFacts healthFacts(HealthScan scan) {
        return health.read(scan);
    }

    // --- the mailbox's user account

    @Override
    public Change setSignInBlocked(String mailboxId, boolean blocked) {
        return accounts.setSignInBlocked(mailboxes.require(mailboxId), blocked);
    }

    @Override
    public Change signOutEverywhere(String mailboxId) {
        return accounts.signOutEverywhere(mailboxes.require(mailboxId));
    }

    @Override
    public AutomaticReply automaticReply(String mailboxId) {
        return replies.read(mailboxId);
    }

    @Override
    public Change setAutomaticReply(String mailboxId, AutomaticReply reply) {
        return replies.set(mailboxId, reply);
    }

    @Override
    public Change removeLicence(String mailboxId, String skuId) {
        return accounts.removeLicence(mailboxes.complete(mailboxes.require(mailboxId)), skuId);
    }

    // --- the shared calendar

    @Override
    public CalendarEvent addEvent(
            String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end, String location) {
        return calendar.addEvent(mailboxId, subject, start, end, location);
    }

    @Override
    public List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit) {
        return calendar.upcomingEvents(mailboxId, from, limit);
    }
}
