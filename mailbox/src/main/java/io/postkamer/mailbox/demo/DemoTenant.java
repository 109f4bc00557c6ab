package io.postkamer.mailbox.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.MailboxSearchText;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxPage;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.PersonalChat;
import io.postkamer.mailbox.PersonalChats;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.TenantState.DelegateKey;
import io.postkamer.mailbox.demo.TenantState.MailboxState;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An Exchange Online tenant in memory, for demos and tests, that refuses and accepts what the real
 * one does: new mailboxes provision for a while, addresses are unique across all recipients, writes
 * are idempotent. Thread-safe: every call holds one lock, so calls are atomic and seen in order.
 */
public final class DemoTenant implements MailboxService, PersonalChats {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private static final String CLASSPATH = "classpath:";
    private static final Comparator<Person> BY_NAME = Comparator.comparing(p -> PrefixMatch.fold(p.displayName()));

    private final Object lock = new Object();
    private final DemoTenantSettings settings;
    private final DemoTenantFaults faults = new DemoTenantFaults();
    private final List<String> writes = new ArrayList<>();
    /** Who has the bot's Teams app. Not in the snapshot: a chat's id follows from the person's, so it survives anyway. */
    private final Set<String> appInstalledFor = new HashSet<>();
    private TenantState state;
    private String savedSnapshot;
    /** The line a change running under the lock adds to {@link #writes} once it is saved. */
    private String pendingWrite;

    private DemoTenant(DemoTenantSettings settings, TenantState state) {
        this.settings = settings;
        this.state = state;
        this.savedSnapshot = toJson(state);
    }

    /** Starts from the snapshot store's last snapshot, or else from the seed. */
    public static DemoTenant load(DemoTenantSettings settings) {
        String json = settings.snapshotStore().load().orElseGet(() -> readSeed(settings.seed()));
        return new DemoTenant(settings, parse(json, settings));
    }

    /** Contoso with the default settings. */
    public static DemoTenant contoso() {
        return load(DemoTenantSettings.contoso());
    }

    public DemoTenantFaults faults() {
        return faults;
    }

    /** The whole state as JSON in the seed's format. */
    public String snapshot() {
        synchronized (lock) {
            return toJson(state);
        }
    }

    /**
     * Every change made through the service so far, oldest first, one line each in the form the
     * conversation tests read: {@code create marketing@contoso.com "Afdeling Marketing"},
     * {@code grant marketing Flip Schoonen FULL_ACCESS automapping=true}, {@code grant marketing Ger
     * Verbeek SEND_ON_BEHALF}, {@code revoke …}, {@code block sign-in marketing}, {@code unblock sign-in …},
     * {@code hide …}, {@code show …}, {@code convert …}, {@code remove licence … EXCHANGESTANDARD},
     * {@code add event receptie32 "Overleg"}. What was already so, was refused or could not be saved is
     * not in it; a change whose answer was lost is.
     */
    public List<String> writes() {
        synchronized (lock) {
            return List.copyOf(writes);
        }
    }

    /** Ends provisioning of every new mailbox now, instead of after the provisioning delay. */
    public void finishProvisioning() {
        synchronized (lock) {
            Instant now = now();
            List<MailboxState> provisioning = state.mailboxes.values().stream()
                    .filter(m -> !m.isReadyAt(now)).toList();
            if (!provisioning.isEmpty()) {
                provisioning.forEach(m -> m.readyAt = now);
                persist();
            }
        }
    }

    /** Makes the organisation hybrid or not, to show what a hybrid organisation is refused. */
    public Change setHybrid(boolean hybrid) {
        synchronized (lock) {
            Organisation org = state.organisation;
            if (org.hybrid() == hybrid) {
                return Change.ALREADY_SO;
            }
            state.organisation = new Organisation(org.tenantId(), org.displayName(), hybrid, org.acceptedDomains());
            persist();
            return Change.MADE;
        }
    }

    // --- organisation, people, groups

    @Override
    public Organisation organisation() {
        return read(DemoOperation.ORGANISATION, s -> s.organisation);
    }

    /** Everyone in the demo directory, by name: the local chat page lets a newcomer be any of them. */
    public List<Person> people() {
        return people(Integer.MAX_VALUE);
    }

    @Override
    public List<Person> people(int limit) {
        return read(DemoOperation.PERSON, s -> s.people.values().stream().map(TenantState.PersonState::person)
                .sorted(BY_NAME).limit(Math.max(0, limit)).toList());
    }

    @Override
    public Optional<Person> person(String id) {
        return read(DemoOperation.PERSON, s -> isBlank(id) ? Optional.empty()
                : Optional.ofNullable(s.people.get(TenantState.key(id))).map(TenantState.PersonState::person));
    }

    @Override
    public Set<DirectoryRole> rolesOf(String personId) {
        return read(DemoOperation.ROLES_OF, s -> {
            TenantState.PersonState person = requirePerson(s, personId);
            Set<DirectoryRole> roles = EnumSet.noneOf(DirectoryRole.class);
            Stream.concat(person.roleTemplateIds().stream(), s.groups.values().stream()
                            .filter(g -> g.memberIds().contains(person.person().id()))
                            .flatMap(g -> g.roleTemplateIds().stream()))
                    .forEach(id -> DirectoryRole.byTemplateId(id).ifPresent(roles::add));
            return Collections.unmodifiableSet(roles);
        });
    }

    @Override
    public Optional<Person> managerOf(String personId) {
        return read(DemoOperation.MANAGER_OF, s -> Optional.ofNullable(requirePerson(s, personId).managerId())
                .map(id -> s.people.get(id).person()));
    }

    @Override
    public List<Principal> searchPrincipals(String prefix, int limit) {
        return read(DemoOperation.SEARCH_PRINCIPALS, s -> {
            PrefixMatch match = new PrefixMatch(prefix == null ? "" : prefix);
            if (match.isEmpty() || limit <= 0) {
                return List.of();
            }
            Stream<Principal> people = s.people.values().stream().map(TenantState.PersonState::person)
                    .filter(p -> match.matchesName(p.displayName()) || match.matchesAddress(p.mail())
                            || match.matchesAddress(p.userPrincipalName()))
                    .sorted(BY_NAME).map(Principal.class::cast);
            Stream<Principal> groups = s.groups.values().stream().map(TenantState.GroupState::group)
                    .filter(g -> match.matchesName(g.displayName()) || match.matchesAddress(g.mail()))
                    .sorted(Comparator.comparing(g -> PrefixMatch.fold(g.displayName()))).map(Principal.class::cast);
            return Stream.concat(people, groups).limit(limit).toList();
        });
    }

    @Override
    public Optional<Group> group(String id) {
        return read(DemoOperation.GROUP, s -> isBlank(id) ? Optional.empty()
                : Optional.ofNullable(s.groups.get(TenantState.key(id))).map(TenantState.GroupState::group));
    }

    @Override
    public List<Person> membersOf(String groupId) {
        return read(DemoOperation.MEMBERS_OF, s -> {
            TenantState.GroupState group = isBlank(groupId) ? null : s.groups.get(TenantState.key(groupId));
            if (group == null) {
                throw new MailboxException.NotFound(Problem.GROUP_NOT_FOUND, String.valueOf(groupId));
            }
            return group.memberIds().stream().map(id -> s.people.get(id).person()).sorted(BY_NAME).toList();
        });
    }

    // --- mailboxes

    @Override
    public List<Mailbox> sharedMailboxes() {
        return read(DemoOperation.SHARED_MAILBOXES, s -> s.mailboxes.values().stream()
                .filter(m -> m.kind == MailboxKind.SHARED).map(m -> view(s, m))
                .sorted(Comparator.comparing(m -> PrefixMatch.fold(m.displayName()))).toList());
    }

    /** Pages by name; the continuation is the name and id of the last mailbox shown, so a new one does not shift pages. */
    @Override
    public MailboxPage sharedMailboxes(int size, Optional<String> after) {
        return read(DemoOperation.SHARED_MAILBOXES, s -> {
            Optional<String> last = after.filter(token -> !token.isBlank());
            // Each key made once: folding a name for every comparison made a page of 20,000 take seconds.
            List<MailboxEntry> page = s.mailboxes.values().stream().filter(m -> m.kind == MailboxKind.SHARED)
                    .map(m -> new MailboxEntry(m.id, m.displayName, m.alias, m.primarySmtpAddress))
                    .map(entry -> Map.entry(pageKey(entry), entry))
                    .filter(keyed -> last.map(token -> keyed.getKey().compareTo(token) > 0).orElse(true))
                    .sorted(Map.Entry.comparingByKey()).limit(Math.max(0, size) + 1L).map(Map.Entry::getValue).toList();
            boolean more = page.size() > size;
            List<MailboxEntry> shown = more ? page.subList(0, size) : page;
            return new MailboxPage(shown, more ? Optional.of(pageKey(shown.get(shown.size() - 1))) : Optional.empty());
        });
    }

    private static String pageKey(MailboxEntry entry) {
        return PrefixMatch.fold(entry.displayName()) + "\u0000" + entry.id();
    }

    @Override
    public List<MailboxEntry> findSharedMailboxes(String text, int limit) {
        return read(DemoOperation.SHARED_MAILBOXES, s -> {
            Optional<String> searched = MailboxSearchText.of(text, s.organisation::acceptedDomains);
            PrefixMatch match = new PrefixMatch(searched.orElse(""));
            if (match.isEmpty() || limit <= 0) {
                return List.of();
            }
            return s.mailboxes.values().stream().filter(m -> m.kind == MailboxKind.SHARED)
                    .filter(m -> match.matchesName(m.displayName) || match.matchesAddress(m.alias)
                            || match.matchesAddress(m.primarySmtpAddress))
                    .map(m -> new MailboxEntry(m.id, m.displayName, m.alias, m.primarySmtpAddress))
                    .map(entry -> Map.entry(pageKey(entry), entry)).sorted(Map.Entry.comparingByKey()).limit(limit)
                    .map(Map.Entry::getValue).toList();
        });
    }

    @Override
    public Optional<Mailbox> mailbox(String idOrAddress) {
        return read(DemoOperation.MAILBOX, s -> find(s, idOrAddress).map(m -> view(s, m)));
    }

    @Override
    public boolean addressInUse(String address) {
        return read(DemoOperation.ADDRESS_IN_USE, s -> !isBlank(address) && s.addressInUse(address));
    }

    @Override
    public Created createSharedMailbox(NewSharedMailbox request) {
        return write(DemoOperation.CREATE_SHARED_MAILBOX, s -> {
            if (s.organisation.hybrid()) {
                throw new MailboxException.InvalidInput(Problem.HYBRID_ORGANISATION, s.organisation.displayName());
            }
            String displayName = request.displayName().strip();
            if (!NewSharedMailbox.isValidDisplayName(displayName)) {
                throw new MailboxException.InvalidInput(Problem.DISPLAY_NAME_INVALID, request.displayName());
            }
            String alias = Aliases.requireValid(request.alias());
            String domain = request.domain().strip().toLowerCase(Locale.ROOT);
            if (s.organisation.acceptedDomains().stream().noneMatch(d -> d.name().equals(domain))) {
                throw new MailboxException.InvalidInput(Problem.DOMAIN_NOT_ACCEPTED, request.domain());
            }
            String address = alias + "@" + domain;
            Optional<MailboxState> earlier = s.mailboxes.values().stream()
                    .filter(m -> m.kind == MailboxKind.SHARED && m.primarySmtpAddress.equals(address)
                            && m.displayName.equals(displayName))
                    .findFirst();
            if (earlier.isPresent()) {
                return new Created(view(s, earlier.get()), Change.ALREADY_SO);
            }
            if (s.addressInUse(address)) {
                throw new MailboxException.AlreadyExists(Problem.ADDRESS_TAKEN, address);
            }
            MailboxState created = new MailboxState(UUID.randomUUID().toString(), displayName, alias, address,
                    List.of(), MailboxKind.SHARED, false, now().plus(settings.provisioningDelay()), false, Set.of(),
                    new io.postkamer.mailbox.MailboxStorage(0, false, false));
            s.mailboxes.put(created.id, created);
            logWrite("create " + address + " \"" + displayName + "\"");
            return new Created(view(s, created), Change.MADE);
        }, created -> created.change() == Change.MADE);
    }

    @Override
    public Change convertToShared(String mailboxId) {
        return write(DemoOperation.CONVERT_TO_SHARED, s -> {
            MailboxState m = requireMailbox(s, mailboxId);
            if (m.kind == MailboxKind.SHARED) {
                throw new MailboxException.InvalidInput(Problem.ALREADY_SHARED, m.displayName);
            }
            m.kind = MailboxKind.SHARED;
            logWrite("convert " + m.alias);
            return Change.MADE;
        }, DemoTenant::made);
    }

    @Override
    public Change setHiddenFromAddressLists(String mailboxId, boolean hidden) {
        return write(DemoOperation.SET_HIDDEN_FROM_ADDRESS_LISTS, s -> {
            MailboxState m = requireMailbox(s, mailboxId);
            if (m.hidden == hidden) {
                return Change.ALREADY_SO;
            }
            m.hidden = hidden;
            logWrite((hidden ? "hide " : "show ") + m.alias);
            return Change.MADE;
        }, DemoTenant::made);
    }

    // --- delegates

    @Override
    public List<PermissionGrant> delegates(String mailboxId) {
        return read(DemoOperation.DELEGATES, s -> {
            MailboxState m = requireMailbox(s, mailboxId);
            List<PermissionGrant> grants = new ArrayList<>();
            for (Map.Entry<DelegateKey, Boolean> d : m.delegates.entrySet()) {
                String name = s.principal(d.getKey().trusteeId()).map(Principal::displayName)
                        .orElse(d.getKey().trusteeId());
                grants.add(new PermissionGrant(d.getKey().trusteeId(), name, d.getKey().right(), d.getValue()));
            }
            grants.sort(Comparator.comparing((PermissionGrant g) -> PrefixMatch.fold(g.trusteeName()))
                    .thenComparing(PermissionGrant::trusteeId).thenComparing(PermissionGrant::right));
            return List.copyOf(grants);
        });
    }

    @Override
    public Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping) {
        return write(DemoOperation.GRANT, s -> {
            MailboxState m = requireReady(s, mailboxId);
            Principal trustee = requirePrincipal(s, trusteeId);
            // Exchange records automapping on the member's own mailbox: through a group it never happens.
            boolean mapping = right == Right.FULL_ACCESS && autoMapping && trustee instanceof Person;
            DelegateKey key = new DelegateKey(trustee.id(), right);
            Boolean current = m.delegates.get(key);
            if (current != null && current == mapping) {
                return Change.ALREADY_SO;
            }
            m.delegates.put(key, mapping);
            logWrite("grant " + m.alias + " " + trustee.displayName() + " " + right
                    + (right == Right.FULL_ACCESS ? " automapping=" + mapping : ""));
            return Change.MADE;
        }, DemoTenant::made);
    }

    @Override
    public Change revoke(String mailboxId, String trusteeId, Right right) {
        return write(DemoOperation.REVOKE, s -> {
            MailboxState m = requireReady(s, mailboxId);
            if (isBlank(trusteeId)) {
                throw new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, String.valueOf(trusteeId));
            }
            if (m.delegates.remove(new DelegateKey(TenantState.key(trusteeId), right)) != null) {
                logWrite("revoke " + m.alias + " " + s.principal(trusteeId).map(Principal::displayName).orElse(trusteeId)
                        + " " + right);
                return Change.MADE;
            }
            requirePrincipal(s, trusteeId);
            return Change.ALREADY_SO;
        }, DemoTenant::made);
    }

    // --- the mailbox's user account

    @Override
    public Change setSignInBlocked(String mailboxId, boolean blocked) {
        return write(DemoOperation.SET_SIGN_IN_BLOCKED, s -> {
            MailboxState m = requireMailbox(s, mailboxId);
            if (m.signInBlocked == blocked) {
                return Change.ALREADY_SO;
            }
            m.signInBlocked = blocked;
            logWrite((blocked ? "block" : "unblock") + " sign-in " + m.alias);
            return Change.MADE;
        }, DemoTenant::made);
    }

    @Override
    public Change removeLicence(String mailboxId, String skuId) {
        return write(DemoOperation.REMOVE_LICENCE, s -> {
            MailboxState m = requireMailbox(s, mailboxId);
            String wanted = isBlank(skuId) ? "" : TenantState.key(skuId);
            Licence licence = s.licencesOf(m).stream().filter(l -> TenantState.key(l.skuId()).equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new MailboxException.NotFound(Problem.LICENCE_NOT_ASSIGNED,
                            String.valueOf(skuId)));
            if (licence.assignedByGroup()) {
                throw new MailboxException.InvalidInput(Problem.LICENCE_ASSIGNED_BY_GROUP, licence.skuPartNumber());
            }
            // A user mailbox without its licence is disabled after 30 days: only a shared one may lose it.
            if (m.kind == MailboxKind.USER || m.storage.needsLicence()) {
                throw new MailboxException.InvalidInput(Problem.LICENCE_STILL_NEEDED, m.displayName);
            }
            m.directLicenceSkuIds.remove(wanted);
            logWrite("remove licence " + m.alias + " " + licence.skuPartNumber());
            return Change.MADE;
        }, DemoTenant::made);
    }

    // --- the shared calendar

    @Override
    public CalendarEvent addEvent(String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end,
                                  String location) {
        return write(DemoOperation.ADD_EVENT, s -> {
            CalendarEvent.requireValidNew(subject, start, end, location);
            MailboxState m = requireReady(s, mailboxId);
            String place = location == null ? "" : location.strip();
            // The real client sends a transactionId, so a retried request finds the event it made before.
            Optional<CalendarEvent> earlier = m.events.stream()
                    .filter(e -> e.subject().equals(subject.strip()) && e.start().isEqual(start)
                            && e.end().isEqual(end) && e.location().equals(place))
                    .findFirst();
            if (earlier.isPresent()) {
                return new EventAdded(earlier.get(), false);
            }
            CalendarEvent event = new CalendarEvent(UUID.randomUUID().toString(), subject.strip(), start, end, place);
            m.events.add(event);
            logWrite("add event " + m.alias + " \"" + event.subject() + "\"");
            return new EventAdded(event, true);
        }, EventAdded::made).event();
    }

    private record EventAdded(CalendarEvent event, boolean made) {
    }

    @Override
    public List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit) {
        return read(DemoOperation.UPCOMING_EVENTS, s -> {
            MailboxState m = requireReady(s, mailboxId);
            if (limit <= 0) {
                return List.of();
            }
            return m.events.stream().filter(e -> e.end().isAfter(from))
                    .sorted(Comparator.comparing(CalendarEvent::start, OffsetDateTime.timeLineOrder())
                            .thenComparing(CalendarEvent::subject))
                    .limit(limit).toList();
        });
    }

    // --- the bot's Teams app

    /** The demo tenant's Teams: anyone in the directory can have the app, and their chat's id follows from theirs. */
    @Override
    public PersonalChat open(String personId) {
        return read(DemoOperation.OPEN_PERSONAL_CHAT, s -> {
            String id = requirePerson(s, personId).person().id();
            return new PersonalChat(id, chatIdOf(id), appInstalledFor.add(id));
        });
    }

    /** Whether the person has the bot's Teams app. */
    public boolean hasApp(String personId) {
        synchronized (lock) {
            return appInstalledFor.contains(TenantState.key(personId));
        }
    }

    /** The id of a person's personal chat with the bot, shaped as Teams shapes them. */
    public static String chatIdOf(String personId) {
        return "19:" + personId.toLowerCase(Locale.ROOT) + "_postkamer@unq.gbl.spaces";
    }

    // --- the machinery

    private <T> T read(DemoOperation operation, Function<TenantState, T> body) {
        synchronized (lock) {
            faults.take(operation).ifPresent(fault -> {
                throw fault.exception();
            });
            return body.apply(state);
        }
    }

    /** Runs a change: validation inside {@code body} comes before any mutation, so a refusal changes nothing. */
    private <T> T write(DemoOperation operation, Function<TenantState, T> body, Predicate<T> changed) {
        synchronized (lock) {
            Optional<DemoTenantFaults.Fault> fault = faults.take(operation);
            if (fault.isPresent() && !fault.get().afterChange()) {
                throw fault.get().exception();
            }
            pendingWrite = null;
            T result = body.apply(state);
            if (changed.test(result)) {
                persist();
                if (pendingWrite != null) {
                    writes.add(pendingWrite);
                }
            }
            if (fault.isPresent()) {
                throw fault.get().exception();
            }
            return result;
        }
    }

    private void logWrite(String line) {
        pendingWrite = line;
    }

    /** Saves the state; if the store fails, goes back to what was saved last so memory and store agree. */
    private void persist() {
        if (!settings.snapshotStore().keeps()) {
            // Nothing keeps it: writing the whole tenant as JSON on every change would only cost time, and it grows
            // with the tenant (the Exchange stand-in of the bulk-grants benchmark spent 2 ms of each call on it).
            return;
        }
        String json = toJson(state);
        try {
            settings.snapshotStore().save(json);
            savedSnapshot = json;
        } catch (RuntimeException e) {
            state = parse(savedSnapshot, settings);
            throw new MailboxException.RemoteFailure("demo tenant store", 0, String.valueOf(e.getMessage()), true, e);
        }
    }

    private Mailbox view(TenantState s, MailboxState m) {
        ProvisioningState provisioning = m.isReadyAt(now()) ? ProvisioningState.READY : ProvisioningState.PROVISIONING;
        return new Mailbox(m.id, m.displayName, m.alias, m.primarySmtpAddress, m.kind, m.hidden, provisioning,
                new MailboxAccount(m.id, m.signInBlocked, s.licencesOf(m)), m.storage);
    }

    private static Optional<MailboxState> find(TenantState s, String idOrAddress) {
        if (isBlank(idOrAddress)) {
            return Optional.empty();
        }
        String key = idOrAddress.strip().toLowerCase(Locale.ROOT);
        MailboxState byId = s.mailboxes.get(key);
        if (byId != null) {
            return Optional.of(byId);
        }
        return s.mailboxes.values().stream().filter(m -> m.hasAddress(key)).findFirst()
                .or(() -> s.mailboxes.values().stream().filter(m -> m.alias.equalsIgnoreCase(key)).findFirst());
    }

    private static MailboxState requireMailbox(TenantState s, String mailboxId) {
        return find(s, mailboxId).orElseThrow(
                () -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, String.valueOf(mailboxId)));
    }

    private MailboxState requireReady(TenantState s, String mailboxId) {
        MailboxState m = requireMailbox(s, mailboxId);
        if (!m.isReadyAt(now())) {
            throw new MailboxException.NotReady(m.primarySmtpAddress);
        }
        return m;
    }

    private static TenantState.PersonState requirePerson(TenantState s, String personId) {
        TenantState.PersonState person = isBlank(personId) ? null : s.people.get(TenantState.key(personId));
        if (person == null) {
            throw new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, String.valueOf(personId));
        }
        return person;
    }

    private static Principal requirePrincipal(TenantState s, String id) {
        return (isBlank(id) ? Optional.<Principal>empty() : s.principal(id)).orElseThrow(
                () -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, String.valueOf(id)));
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

    private static String toJson(TenantState state) {
        try {
            return JSON.writeValueAsString(state.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("demo tenant state cannot be written as JSON", e);
        }
    }

    private static TenantState parse(String json, DemoTenantSettings settings) {
        try {
            return TenantState.from(JSON.readValue(json, TenantFile.class), settings.clock());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a demo tenant file: " + e.getOriginalMessage(), e);
        }
    }

    private static String readSeed(String location) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length());
                try (InputStream in = DemoTenant.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no demo tenant seed on the classpath at " + resource);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo tenant seed " + location, e);
        }
    }
}
