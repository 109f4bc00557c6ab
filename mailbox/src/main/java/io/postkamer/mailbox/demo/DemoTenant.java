package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenantData.DelegateData;
import io.postkamer.mailbox.demo.DemoTenantData.EventData;
import io.postkamer.mailbox.demo.DemoTenantData.GroupData;
import io.postkamer.mailbox.demo.DemoTenantData.LicenceData;
import io.postkamer.mailbox.demo.DemoTenantData.MailboxData;
import io.postkamer.mailbox.demo.DemoTenantData.PersonData;
import io.postkamer.mailbox.demo.DemoTenantData.StorageData;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The embedded demo tenant: Contoso in memory, behaving as the real tenant does for everything the bot
 * asks (a new mailbox takes a while to provision, addresses are unique across all recipients, writes
 * are idempotent, the same refusals with the same {@link Problem}s). Thread-safe: one lock around the
 * state. With a {@link DemoTenantSnapshotStore} every change is saved, and a change that cannot be
 * saved is undone.
 */
public final class DemoTenant implements MailboxService {
    private static final String STORE = "Demo tenant store";
    private static final int MAX_DISPLAY_NAME_LENGTH = 256;

    private final Object lock = new Object();
    private final DemoTenantSettings settings;
    private final DemoTenantFaults faults = new DemoTenantFaults();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private TenantState state;

    private DemoTenant(DemoTenantSettings settings, TenantState state) {
        this.settings = settings;
        this.state = state;
    }

    /** Starts from the snapshot store's last snapshot if there is one, else from the seed. */
    public static DemoTenant load(DemoTenantSettings settings) {
        DemoTenantData data = settings.snapshotStore().flatMap(DemoTenantSnapshotStore::load)
                .map(DemoTenantJson::read)
                .orElseGet(() -> DemoTenantJson.readSeed(settings.seed()));
        return new DemoTenant(settings, TenantState.of(data));
    }

    /** Contoso with the default settings. */
    public static DemoTenant contoso() {
        return load(DemoTenantSettings.contoso());
    }

    /** Faults planned for the next calls, for tests. */
    public DemoTenantFaults faults() {
        return faults;
    }

    /** The changes made so far, one line each ("grant receptie32 Flip Schoonen SEND_AS"), oldest first. */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    /** The whole state now, in the snapshot format. */
    public DemoTenantData snapshot() {
        synchronized (lock) {
            return state.toData();
        }
    }

    /** Makes every mailbox that is still provisioning ready now. */
    public void finishProvisioning() {
        synchronized (lock) {
            List<MailboxData> provisioning = state.mailboxes().filter(m -> m.readyAt() != null).toList();
            if (provisioning.isEmpty()) {
                return;
            }
            TenantState before = state.copy();
            provisioning.forEach(m -> state.put(m.withReadyAt(null)));
            save(before);
        }
    }

    @Override
    public Organisation organisation() {
        return call(Operation.ORGANISATION, () -> state.organisation(settings.hybrid()));
    }

    @Override
    public Optional<Person> person(String id) {
        return call(Operation.PERSON, () -> state.person(id).map(TenantState::toPerson));
    }

    @Override
    public Set<DirectoryRole> rolesOf(String personId) {
        return call(Operation.ROLES_OF, () -> {
            if (state.person(personId).isEmpty()) {
                return Set.of();
            }
            Stream<String> direct = state.person(personId).orElseThrow().roleTemplateIds().stream();
            Stream<String> throughGroups = state.groups().filter(g -> g.memberIds().contains(personId))
                    .flatMap(g -> g.roleTemplateIds().stream());
            return Stream.concat(direct, throughGroups).map(DirectoryRole::byTemplateId).flatMap(Optional::stream)
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    @Override
    public Optional<Person> managerOf(String personId) {
        return call(Operation.MANAGER_OF, () -> state.person(personId).map(PersonData::managerId)
                .flatMap(state::person).map(TenantState::toPerson));
    }

    @Override
    public List<Principal> searchPrincipals(String prefix, int limit) {
        return call(Operation.SEARCH_PRINCIPALS, () -> {
            PrincipalSearch search = new PrincipalSearch(prefix == null ? "" : prefix);
            if (search.isEmpty() || limit <= 0) {
                return List.of();
            }
            Stream<Principal> people = state.people()
                    .filter(p -> search.matches(p.displayName(), p.mail(), p.userPrincipalName()))
                    .sorted(Comparator.comparing(p -> PrincipalSearch.fold(p.displayName())))
                    .map(TenantState::toPerson);
            Stream<Principal> groups = state.groups()
                    .filter(g -> search.matches(g.displayName(), g.mail()))
                    .sorted(Comparator.comparing(g -> PrincipalSearch.fold(g.displayName())))
                    .map(TenantState::toGroup);
            return Stream.concat(people, groups).limit(limit).toList();
        });
    }

    @Override
    public Optional<Group> group(String id) {
        return call(Operation.GROUP, () -> state.group(id).map(TenantState::toGroup));
    }

    @Override
    public List<Person> membersOf(String groupId) {
        return call(Operation.MEMBERS_OF, () -> state.group(groupId)
                .orElseThrow(() -> new MailboxException.NotFound(Problem.GROUP_NOT_FOUND, groupId))
                .memberIds().stream().map(state::person).flatMap(Optional::stream).map(TenantState::toPerson).toList());
    }

    @Override
    public List<Mailbox> sharedMailboxes() {
        return call(Operation.SHARED_MAILBOXES, () -> state.mailboxes().filter(m -> m.kind() == MailboxKind.SHARED)
                .map(this::toMailbox).toList());
    }

    @Override
    public Optional<Mailbox> mailbox(String idOrAddress) {
        return call(Operation.MAILBOX, () -> state.mailbox(idOrAddress).map(this::toMailbox));
    }

    @Override
    public boolean addressInUse(String address) {
        return call(Operation.ADDRESS_IN_USE, () -> state.addressesInUse().contains(address.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Created createSharedMailbox(NewSharedMailbox request) {
        return call(Operation.CREATE_SHARED_MAILBOX, () -> {
            if (state.organisation(settings.hybrid()).hybrid()) {
                throw new MailboxException.InvalidInput(Problem.HYBRID_ORGANISATION, request.displayName());
            }
            String displayName = request.displayName().strip();
            if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
                throw new MailboxException.InvalidInput(Problem.DISPLAY_NAME_INVALID, request.displayName());
            }
            Aliases.requireValid(request.alias());
            String domain = request.domain().toLowerCase(Locale.ROOT);
            if (!state.isAcceptedDomain(domain)) {
                throw new MailboxException.InvalidInput(Problem.DOMAIN_NOT_ACCEPTED, request.domain());
            }
            String address = request.alias() + "@" + domain;
            Optional<MailboxData> earlier = state.mailbox(address)
                    .filter(m -> m.kind() == MailboxKind.SHARED && m.displayName().equals(displayName));
            if (earlier.isPresent()) {
                return new Created(toMailbox(earlier.get()), Change.ALREADY_SO);
            }
            if (state.addressesInUse().contains(address) || state.aliasInUse(request.alias())) {
                throw new MailboxException.AlreadyExists(Problem.ADDRESS_TAKEN, address);
            }
            String id = UUID.nameUUIDFromBytes((state.tenantId() + "/" + address).getBytes(StandardCharsets.UTF_8)).toString();
            var readyAt = settings.provisioningDelay().isZero() ? null
                    : settings.clock().instant().plus(settings.provisioningDelay());
            MailboxData created = new MailboxData(id, displayName, request.alias(), address, List.of(), MailboxKind.SHARED,
                    false, readyAt, false, List.of(), new StorageData(0, false, false), List.of(), List.of());
            TenantState before = state.copy();
            state.put(created);
            commit(before, "create " + address + " \"" + displayName + "\"");
            return new Created(toMailbox(created), Change.MADE);
        });
    }

    @Override
    public Change convertToShared(String mailboxId) {
        return call(Operation.CONVERT_TO_SHARED, () -> {
            MailboxData mailbox = existing(mailboxId);
            if (mailbox.kind() == MailboxKind.SHARED) {
                throw new MailboxException.InvalidInput(Problem.ALREADY_SHARED, mailbox.displayName());
            }
            return change(mailbox.withKind(MailboxKind.SHARED), "convert " + mailbox.alias());
        });
    }

    @Override
    public Change setHiddenFromAddressLists(String mailboxId, boolean hidden) {
        return call(Operation.SET_HIDDEN_FROM_ADDRESS_LISTS, () -> {
            MailboxData mailbox = existing(mailboxId);
            if (mailbox.hiddenFromAddressLists() == hidden) {
                return Change.ALREADY_SO;
            }
            return change(mailbox.withHidden(hidden), (hidden ? "hide " : "show ") + mailbox.alias());
        });
    }

    @Override
    public List<PermissionGrant> delegates(String mailboxId) {
        return call(Operation.DELEGATES, () -> grantsOf(existing(mailboxId)));
    }

    @Override
    public Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping) {
        return call(Operation.GRANT, () -> {
            MailboxData mailbox = ready(existing(mailboxId));
            Principal trustee = trustee(trusteeId);
            // Exchange keeps automapping on the member's own mailbox, so it never works through a group
            DelegateData wanted = new DelegateData(trusteeId, right, autoMapping && trustee instanceof Person);
            Optional<DelegateData> held = held(mailbox, trusteeId, right);
            if (held.equals(Optional.of(wanted))) {
                return Change.ALREADY_SO;
            }
            List<DelegateData> delegates = new ArrayList<>(mailbox.delegates());
            held.ifPresent(delegates::remove);
            delegates.add(wanted);
            return change(mailbox.withDelegates(delegates), "grant " + mailbox.alias() + " " + trustee.displayName() + " "
                    + right + (right == Right.FULL_ACCESS ? " automapping=" + wanted.autoMapping() : ""));
        });
    }

    @Override
    public Change revoke(String mailboxId, String trusteeId, Right right) {
        return call(Operation.REVOKE, () -> {
            MailboxData mailbox = ready(existing(mailboxId));
            Principal trustee = trustee(trusteeId);
            Optional<DelegateData> held = held(mailbox, trusteeId, right);
            if (held.isEmpty()) {
                return Change.ALREADY_SO;
            }
            List<DelegateData> delegates = new ArrayList<>(mailbox.delegates());
            delegates.remove(held.get());
            return change(mailbox.withDelegates(delegates), "revoke " + mailbox.alias() + " " + trustee.displayName() + " " + right);
        });
    }

    @Override
    public Change setSignInBlocked(String mailboxId, boolean blocked) {
        return call(Operation.SET_SIGN_IN_BLOCKED, () -> {
            MailboxData mailbox = ready(existing(mailboxId));
            if (mailbox.signInBlocked() == blocked) {
                return Change.ALREADY_SO;
            }
            return change(mailbox.withSignInBlocked(blocked), (blocked ? "block" : "unblock") + " sign-in " + mailbox.alias());
        });
    }

    @Override
    public Change removeLicence(String mailboxId, String skuId) {
        return call(Operation.REMOVE_LICENCE, () -> {
            MailboxData mailbox = existing(mailboxId);
            LicenceData licence = mailbox.licences().stream().filter(l -> l.skuId().equalsIgnoreCase(skuId)).findFirst()
                    .orElseThrow(() -> new MailboxException.NotFound(Problem.LICENCE_NOT_ASSIGNED, mailbox.displayName()));
            if (licence.assignedByGroupId() != null) {
                String group = state.group(licence.assignedByGroupId()).map(GroupData::displayName).orElse(licence.assignedByGroupId());
                throw new MailboxException.InvalidInput(Problem.LICENCE_ASSIGNED_BY_GROUP, licence.skuPartNumber(), group);
            }
            if (toStorage(mailbox.storage()).needsLicence()) {
                throw new MailboxException.InvalidInput(Problem.LICENCE_STILL_NEEDED, mailbox.displayName());
            }
            List<LicenceData> licences = new ArrayList<>(mailbox.licences());
            licences.remove(licence);
            return change(mailbox.withLicences(licences), "remove licence " + mailbox.alias() + " " + licence.skuPartNumber());
        });
    }

    @Override
    public CalendarEvent addEvent(String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end,
                                  String location) {
        return call(Operation.ADD_EVENT, () -> {
            MailboxData mailbox = ready(existing(mailboxId));
            String title = subject == null ? "" : subject.strip();
            if (title.isEmpty()) {
                throw new MailboxException.InvalidInput(Problem.EVENT_INVALID, "", "subject is blank");
            }
            if (start == null || end == null || !end.isAfter(start)) {
                throw new MailboxException.InvalidInput(Problem.EVENT_INVALID, title, "end is not after start");
            }
            String place = location == null ? "" : location.strip();
            Optional<EventData> same = mailbox.calendar().stream()
                    .filter(e -> e.subject().equals(title) && e.start().isEqual(start) && e.end().isEqual(end)
                            && e.location().equals(place))
                    .findFirst();
            if (same.isPresent()) {
                return toEvent(same.get());
            }
            String id = UUID.nameUUIDFromBytes((mailbox.id() + "/" + title + "/" + start.toInstant() + "/" + end.toInstant()
                    + "/" + place).getBytes(StandardCharsets.UTF_8)).toString();
            EventData event = new EventData(id, title, start, end, place);
            List<EventData> calendar = new ArrayList<>(mailbox.calendar());
            calendar.add(event);
            change(mailbox.withCalendar(calendar), "add event " + mailbox.alias() + " \"" + title + "\"");
            return toEvent(event);
        });
    }

    @Override
    public List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit) {
        return call(Operation.UPCOMING_EVENTS, () -> existing(mailboxId).calendar().stream()
                .filter(e -> e.end().isAfter(from))
                .sorted(Comparator.comparing(EventData::start, OffsetDateTime.timeLineOrder()))
                .limit(Math.max(0, limit))
                .map(DemoTenant::toEvent)
                .toList());
    }

    /** Planned faults before and after, the work itself under the lock. */
    private <T> T call(Operation operation, Supplier<T> work) {
        faults.beforeCall(operation);
        T result;
        synchronized (lock) {
            result = work.get();
        }
        faults.afterCall(operation);
        return result;
    }

    private Change change(MailboxData changed, String write) {
        TenantState before = state.copy();
        state.put(changed);
        commit(before, write);
        return Change.MADE;
    }

    private void commit(TenantState before, String write) {
        save(before);
        writes.add(write);
    }

    private void save(TenantState before) {
        if (settings.snapshotStore().isEmpty()) {
            return;
        }
        try {
            settings.snapshotStore().get().save(DemoTenantJson.write(state.toData()));
        } catch (RuntimeException e) {
            state = before;
            throw new MailboxException.RemoteFailure(STORE, 0, "the change could not be saved", true, e);
        }
    }

    private MailboxData existing(String mailboxId) {
        return state.mailbox(mailboxId).orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, mailboxId));
    }

    private MailboxData ready(MailboxData mailbox) {
        if (!isReady(mailbox)) {
            throw new MailboxException.InvalidInput(Problem.MAILBOX_NOT_READY, mailbox.displayName());
        }
        return mailbox;
    }

    private boolean isReady(MailboxData mailbox) {
        return mailbox.readyAt() == null || !settings.clock().instant().isBefore(mailbox.readyAt());
    }

    private Principal trustee(String trusteeId) {
        return state.person(trusteeId).<Principal>map(TenantState::toPerson)
                .or(() -> state.group(trusteeId).map(TenantState::toGroup))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, trusteeId));
    }

    private static Optional<DelegateData> held(MailboxData mailbox, String trusteeId, Right right) {
        return mailbox.delegates().stream().filter(d -> d.trusteeId().equals(trusteeId) && d.right() == right).findFirst();
    }

    private List<PermissionGrant> grantsOf(MailboxData mailbox) {
        return mailbox.delegates().stream()
                .map(d -> new PermissionGrant(d.trusteeId(), trusteeName(d.trusteeId()), d.right(), d.autoMapping()))
                .toList();
    }

    private String trusteeName(String trusteeId) {
        return state.person(trusteeId).map(PersonData::displayName)
                .or(() -> state.group(trusteeId).map(GroupData::displayName))
                .orElse(trusteeId);
    }

    private Mailbox toMailbox(MailboxData m) {
        List<Licence> licences = m.licences().stream()
                .map(l -> new Licence(l.skuId(), l.skuPartNumber(), l.assignedByGroupId() != null)).toList();
        return new Mailbox(m.id(), m.displayName(), m.alias(), m.primarySmtpAddress(), m.kind(), m.hiddenFromAddressLists(),
                isReady(m) ? ProvisioningState.READY : ProvisioningState.PROVISIONING,
                new MailboxAccount(m.id(), m.signInBlocked(), licences), toStorage(m.storage()));
    }

    private static MailboxStorage toStorage(StorageData s) {
        return new MailboxStorage(s.totalBytes(), s.archiveEnabled(), s.litigationHoldEnabled());
    }

    private static CalendarEvent toEvent(EventData e) {
        return new CalendarEvent(e.id(), e.subject(), e.start(), e.end(), e.location());
    }
}
