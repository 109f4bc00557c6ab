package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxPage;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.PersonalChat;
import io.postkamer.mailbox.PersonalChats;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SentItemsCopies;
import io.postkamer.mailbox.TenantHealthFacts;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Exchange Online tenant in memory, for demos and tests, that refuses and accepts what the real
 * one does: new mailboxes provision for a while, addresses are unique across all recipients, writes
 * are idempotent. Thread-safe: every call holds the {@link TenantStore}'s lock, so calls are atomic and seen in order.
 */
public final class DemoTenant implements MailboxService, PersonalChats {

    private final TenantStore store;
    private final DemoTenantSettings settings;
    /** Who has the bot's Teams app. Not in the snapshot: a chat's id follows from the person's, so it survives anyway. */
    private final Set<String> appInstalledFor = ConcurrentHashMap.newKeySet();

    private DemoTenant(DemoTenantSettings settings) {
        this.settings = settings;
        this.store = TenantStore.load(settings);
    }

    /** Starts from the snapshot store's last snapshot, or else from the seed. */
    public static DemoTenant load(DemoTenantSettings settings) {
        return new DemoTenant(settings);
    }

    /** Contoso with the default settings. */
    public static DemoTenant contoso() {
        return load(DemoTenantSettings.contoso());
    }

    public DemoTenantFaults faults() {
        return store.faults();
    }

    /** The whole state as JSON in the seed's format. */
    public String snapshot() {
        return store.snapshot();
    }

    /**
     * Every change made through the service so far, oldest first, one line each in the form the
     * conversation tests read: {@code create marketing@contoso.com "Afdeling Marketing"},
     * {@code grant marketing Flip Schoonen FULL_ACCESS automapping=true}, {@code grant marketing Ger
     * Verbeek SEND_ON_BEHALF}, {@code revoke …}, {@code block sign-in marketing}, {@code unblock sign-in …},
     * {@code hide …}, {@code show …}, {@code sent items copies … sentAs=true sentOnBehalf=true}, {@code convert …},
     * {@code remove licence … EXCHANGESTANDARD},
     * {@code add event receptie32 "Overleg"}. What was already so, was refused or could not be saved is
     * not in it; a change whose answer was lost is.
     */
    public List<String> writes() {
        return store.writes();
    }

    /** Ends provisioning of every new mailbox now, instead of after the provisioning delay. */
    public void finishProvisioning() {
        store.adjust(
                s -> {
                    Instant now = now();
                    List<MailboxState> provisioning = s.mailboxes.values().stream()
                            .filter(m -> !m.isReadyAt(now))
                            .toList();
                    provisioning.forEach(m -> m.readyAt = now);
                    return !provisioning.isEmpty();
                },
                changed -> changed);
    }

    /** Makes the organisation hybrid or not, to show what a hybrid organisation is refused. */
    public Change setHybrid(boolean hybrid) {
        return store.adjust(
                s -> {
                    Organisation org = s.organisation;
                    if (org.hybrid() == hybrid) {
                        return Change.ALREADY_SO;
                    }
                    s.organisation = new Organisation(org.tenantId(), org.displayName(), hybrid, org.acceptedDomains());
                    return Change.MADE;
                },
                DemoTenant::made);
    }

    // --- organisation, people, groups

    @Override
    public Organisation organisation() {
        return store.read(DemoOperation.ORGANISATION, s -> s.organisation);
    }

    /** Everyone in the demo directory, by name: the local chat page lets a newcomer be any of them. */
    public List<Person> people() {
        return store.read(DemoOperation.PERSON, s -> DirectoryQueries.accounts(s));
    }

    @Override
    public List<Person> people(int limit) {
        return store.read(DemoOperation.PERSON, s -> DirectoryQueries.people(s, limit));
    }

    @Override
    public Optional<Person> person(String id) {
        return store.read(
                DemoOperation.PERSON,
                s -> isBlank(id)
                        ? Optional.empty()
                        : Optional.ofNullable(s.people.get(TenantState.key(id))).map(TenantState.PersonState::person));
    }

    /** The people and groups that hold a directory role themselves: what Graph lists as the role's members. */
    public List<Principal> roleHolders(String roleTemplateId) {
        return store.read(DemoOperation.ADMINISTRATORS, s -> DirectoryQueries.roleHolders(s, roleTemplateId));
    }

    @Override
    public List<Person> administrators() {
        return store.read(DemoOperation.ADMINISTRATORS, DirectoryQueries::administrators);
    }

    @Override
    public Set<DirectoryRole> rolesOf(String personId) {
        return store.read(DemoOperation.ROLES_OF, s -> DirectoryQueries.rolesOf(s, personId));
    }

    @Override
    public Optional<Person> managerOf(String personId) {
        return store.read(DemoOperation.MANAGER_OF, s -> DirectoryQueries.managerOf(s, personId));
    }

    @Override
    public Map<String, Instant> lastSignIns(List<String> personIds) {
        return store.read(DemoOperation.LAST_SIGN_INS, s -> DirectoryQueries.lastSignIns(s, personIds));
    }

    @Override
    public List<Principal> searchPrincipals(String prefix, int limit) {
        return store.read(DemoOperation.SEARCH_PRINCIPALS, s -> DirectoryQueries.searchPrincipals(s, prefix, limit));
    }

    @Override
    public Optional<Group> group(String id) {
        return store.read(
                DemoOperation.GROUP,
                s -> isBlank(id)
                        ? Optional.empty()
                        : Optional.ofNullable(s.groups.get(TenantState.key(id))).map(TenantState.GroupState::group));
    }

    @Override
    public List<Person> membersOf(String groupId) {
        return store.read(DemoOperation.MEMBERS_OF, s -> DirectoryQueries.membersOf(s, groupId));
    }

    // --- mailboxes

    @Override
    public List<Mailbox> sharedMailboxes() {
        return store.read(
                DemoOperation.SHARED_MAILBOXES,
                s -> s.mailboxes.values().stream()
                        .filter(m -> m.kind == MailboxKind.SHARED)
                        .map(m -> view(s, m))
                        .sorted(Comparator.comparing(m -> PrefixMatch.fold(m.displayName())))
                        .toList());
    }

    /** Pages by name; the continuation is the name and id of the last mailbox shown, so a new one does not shift pages. */
    @Override
    public MailboxPage sharedMailboxes(int size, Optional<String> after) {
        return store.read(DemoOperation.SHARED_MAILBOXES, s -> MailboxListing.page(s, size, after));
    }

    @Override
    public List<MailboxEntry> findSharedMailboxes(String text, int limit) {
        return store.read(DemoOperation.SHARED_MAILBOXES, s -> MailboxListing.find(s, text, limit));
    }

    @Override
    public Optional<Mailbox> mailbox(String idOrAddress) {
        return store.read(DemoOperation.MAILBOX, s -> s.find(idOrAddress).map(m -> view(s, m)));
    }

    @Override
    public boolean addressInUse(String address) {
        return store.read(DemoOperation.ADDRESS_IN_USE, s -> !isBlank(address) && s.addressInUse(address));
    }

    @Override
    public Created createSharedMailbox(NewSharedMailbox request) {
        return store.write(
                DemoOperation.CREATE_SHARED_MAILBOX,
                s -> SharedMailboxCreation.create(
                        s, request, now().plus(settings.provisioningDelay()), m -> view(s, m), store::logWrite),
                created -> created.change() == Change.MADE);
    }

    @Override
    public Change convertToShared(String mailboxId) {
        return store.write(
                DemoOperation.CONVERT_TO_SHARED,
                s -> MailboxSettings.convertToShared(s.requireMailbox(mailboxId), store::logWrite),
                DemoTenant::made);
    }

    @Override
    public Change setHiddenFromAddressLists(String mailboxId, boolean hidden) {
        return store.write(
                DemoOperation.SET_HIDDEN_FROM_ADDRESS_LISTS,
                s -> MailboxSettings.hide(s.requireMailbox(mailboxId), hidden, store::logWrite),
                DemoTenant::made);
    }

    @Override
    public Change setSentItemsCopies(String mailboxId, SentItemsCopies copies) {
        return store.write(
                DemoOperation.SET_SENT_ITEMS_COPIES,
                s -> MailboxSettings.keepCopies(s.requireMailbox(mailboxId), copies, store::logWrite),
                DemoTenant::made);
    }

    // --- delegates

    @Override
    public List<PermissionGrant> delegates(String mailboxId) {
        return store.read(DemoOperation.DELEGATES, s -> Delegations.of(s, s.requireMailbox(mailboxId)));
    }

    @Override
    public Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping) {
        return store.write(
                DemoOperation.GRANT,
                s -> Delegations.grant(
                        s, s.requireReady(mailboxId, now()), trusteeId, right, autoMapping, store::logWrite),
                DemoTenant::made);
    }

    @Override
    public Change revoke(String mailboxId, String trusteeId, Right right) {
        return store.write(
                DemoOperation.REVOKE,
                s -> Delegations.revoke(s, s.requireReady(mailboxId, now()), trusteeId, right, store::logWrite),
                DemoTenant::made);
    }

    // --- the health of the shared mailboxes

    @Override
    public TenantHealthFacts healthFacts(HealthScan scan) {
        TenantHealthFacts facts =
                store.read(DemoOperation.HEALTH_FACTS, s -> DemoHealthFacts.of(s, scan, m -> view(s, m)));
        scan.progress().read(facts.mailboxes().size(), facts.mailboxes().size());
        return facts;
    }

    // --- the mailbox's user account

    @Override
    public Change setSignInBlocked(String mailboxId, boolean blocked) {
        return store.write(
                DemoOperation.SET_SIGN_IN_BLOCKED,
                s -> DemoAccounts.setSignInBlocked(s.requireMailbox(mailboxId), blocked, store::logWrite),
                DemoTenant::made);
    }

    @Override
    public Change signOutEverywhere(String mailboxId) {
        return store.write(
                DemoOperation.SIGN_OUT_EVERYWHERE,
                s -> DemoAccounts.signOutEverywhere(s.requireMailbox(mailboxId), now(), store::logWrite),
                DemoTenant::made);
    }

    @Override
    public Change removeLicence(String mailboxId, String skuId) {
        return store.write(
                DemoOperation.REMOVE_LICENCE,
                s -> DemoLicences.remove(s, mailboxId, skuId, store::logWrite),
                DemoTenant::made);
    }

    // --- automatic replies

    @Override
    public AutomaticReply automaticReply(String mailboxId) {
        return store.read(DemoOperation.AUTOMATIC_REPLY, s -> s.requireMailbox(mailboxId).automaticReply);
    }

    @Override
    public Change setAutomaticReply(String mailboxId, AutomaticReply reply) {
        return store.write(
                DemoOperation.SET_AUTOMATIC_REPLY,
                s -> DemoAccounts.setAutomaticReply(s.requireReady(mailboxId, now()), reply, store::logWrite),
                DemoTenant::made);
    }

    // --- the shared calendar

    @Override
    public CalendarEvent addEvent(
            String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end, String location) {
        return store.write(
                        DemoOperation.ADD_EVENT,
                        s -> {
                            CalendarEvent.requireValidNew(subject, start, end, location);
                            return SharedCalendars.add(
                                    s.requireReady(mailboxId, now()), subject, start, end, location, store::logWrite);
                        },
                        SharedCalendars.EventAdded::made)
                .event();
    }

    @Override
    public List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit) {
        return store.read(
                DemoOperation.UPCOMING_EVENTS,
                s -> SharedCalendars.upcoming(s.requireReady(mailboxId, now()), from, limit));
    }

    // --- the bot's Teams app

    /** The demo tenant's Teams: anyone in the directory can have the app, and their chat's id follows from theirs. */
    @Override
    public PersonalChat open(String personId) {
        return store.read(DemoOperation.OPEN_PERSONAL_CHAT, s -> {
            String id = s.requirePerson(personId).person().id();
            return new PersonalChat(id, chatIdOf(id), appInstalledFor.add(id));
        });
    }

    /** Whether the person has the bot's Teams app. */
    public boolean hasApp(String personId) {
        return appInstalledFor.contains(TenantState.key(personId));
    }

    /** The id of a person's personal chat with the bot, shaped as Teams shapes them. */
    public static String chatIdOf(String personId) {
        return "19:" + personId.toLowerCase(Locale.ROOT) + "_postkamer@unq.gbl.spaces";
    }

    private Mailbox view(TenantState s, MailboxState m) {
        ProvisioningState provisioning = m.isReadyAt(now()) ? ProvisioningState.READY : ProvisioningState.PROVISIONING;
        return new Mailbox(
                m.id,
                m.displayName,
                m.alias,
                m.primarySmtpAddress,
                m.kind,
                m.hidden,
                provisioning,
                new MailboxAccount(m.id, m.signInBlocked, s.licencesOf(m)),
                m.storage,
                m.sentItemsCopies);
    }

    private Instant now() {
        return settings.clock().instant();
    }

    private static boolean made(Change change) {
        return change == Change.MADE;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
