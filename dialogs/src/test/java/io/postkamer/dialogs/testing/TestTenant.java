package io.postkamer.dialogs.testing;

import io.postkamer.mailbox.AcceptedDomain;
import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.Group;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A small in-memory contoso for the conversation tests (the seeded people of the demo tenant), with
 * the faults the conversations must survive: a hybrid organisation, slow provisioning, throttling.
 * Every write is recorded in {@link #writes()}.
 */
public final class TestTenant implements MailboxService {
    public static final String MEGAN = "megan-id";
    public static final String ADELE = "adele-id";
    public static final String FLIP = "flip-id";
    public static final String GER = "ger-id";
    public static final String LOTTE = "lotte-id";
    public static final String PIETER = "pieter-id";
    public static final String MARKETING_TEAM = "marketing-team-id";

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Set<DirectoryRole>> roles = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, List<String>> groupMembers = new LinkedHashMap<>();
    private final Map<String, Mailbox> mailboxes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Held> delegates = new CopyOnWriteArrayList<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final AtomicInteger throttledGrants = new AtomicInteger();
    private volatile boolean hybrid;
    private volatile boolean slowProvisioning;

    public TestTenant() {
        person(MEGAN, "Megan Bowen", "meganb", DirectoryRole.GLOBAL_ADMINISTRATOR);
        person(ADELE, "Adele Vance", "adelev", DirectoryRole.EXCHANGE_ADMINISTRATOR);
        person(FLIP, "Flip Schoonen", "flip.schoonen");
        person(GER, "Ger Verbeek", "ger.verbeek");
        person(LOTTE, "Lotte de Vries", "lotte.devries");
        person(PIETER, "Pieter Jansen", "pieter.jansen");
        groups.put(MARKETING_TEAM, new Group(MARKETING_TEAM, "Marketing Team", "", Group.Kind.SECURITY));
        groupMembers.put(MARKETING_TEAM, List.of(LOTTE, PIETER));
        Mailbox receptie = new Mailbox("receptie32-id", "Ontvangstgebouw 32", "receptie32", "receptie32@contoso.com",
                MailboxKind.SHARED, false, ProvisioningState.READY,
                new MailboxAccount("receptie32-user", false, List.of()), new MailboxStorage(0, false, false));
        mailboxes.put(receptie.id(), receptie);
    }

    private void person(String id, String name, String alias, DirectoryRole... heldRoles) {
        people.put(id, new Person(id, name, alias + "@contoso.com", alias + "@contoso.com", "", ""));
        roles.put(id, Set.of(heldRoles));
    }

    /** A hybrid organisation creates shared mailboxes on premises. */
    public TestTenant hybrid() {
        this.hybrid = true;
        return this;
    }

    /** New mailboxes stay "being created" until {@link #finishProvisioning()}. */
    public TestTenant slowProvisioning() {
        this.slowProvisioning = true;
        return this;
    }

    public void finishProvisioning() {
        slowProvisioning = false;
        List.copyOf(mailboxes.values()).stream().filter(m -> !m.isReady())
                .forEach(m -> mailboxes.put(m.id(), with(m, ProvisioningState.READY, m.account().signInBlocked())));
    }

    /** The next {@code count} grants are throttled before anything is written. */
    public TestTenant throttleNextGrants(int count) {
        throttledGrants.set(count);
        return this;
    }

    public List<String> writes() {
        return List.copyOf(writes);
    }

    public List<PermissionGrant> delegatesOf(String mailboxId) {
        return delegates.stream().filter(held -> held.mailboxId().equals(mailboxId)).map(Held::grant).toList();
    }

    @Override
    public Organisation organisation() {
        return new Organisation("contoso-tenant", "Contoso", hybrid, List.of(
                new AcceptedDomain("contoso.com", true), new AcceptedDomain("contoso.nl", false)));
    }

    @Override
    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public Set<DirectoryRole> rolesOf(String personId) {
        return roles.getOrDefault(personId, Set.of());
    }

    @Override
    public Optional<Person> managerOf(String personId) {
        return Optional.empty();
    }

    @Override
    public List<Principal> searchPrincipals(String prefix, int limit) {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        return Stream.concat(people.values().stream().map(p -> (Principal) p), groups.values().stream())
                .filter(p -> Stream.of(p.displayName().split(" ")).anyMatch(w -> w.toLowerCase(Locale.ROOT).startsWith(wanted))
                        || p.displayName().toLowerCase(Locale.ROOT).startsWith(wanted))
                .limit(limit).toList();
    }

    @Override
    public Optional<Group> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public List<Person> membersOf(String groupId) {
        return groupMembers.getOrDefault(groupId, List.of()).stream().map(people::get).toList();
    }

    @Override
    public List<Mailbox> sharedMailboxes() {
        return mailboxes.values().stream().filter(Mailbox::isShared).toList();
    }

    @Override
    public Optional<Mailbox> mailbox(String idOrAddress) {
        return List.copyOf(mailboxes.values()).stream()
                .filter(m -> m.id().equals(idOrAddress) || m.primarySmtpAddress().equalsIgnoreCase(idOrAddress)
                        || m.alias().equalsIgnoreCase(idOrAddress))
                .findFirst();
    }

    @Override
    public boolean addressInUse(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return mailboxes.values().stream().anyMatch(m -> m.primarySmtpAddress().equalsIgnoreCase(wanted))
                || people.values().stream().anyMatch(p -> p.mail().equalsIgnoreCase(wanted));
    }

    @Override
    public synchronized Created createSharedMailbox(NewSharedMailbox request) {
        if (hybrid) {
            throw new MailboxException.InvalidInput(Problem.HYBRID_ORGANISATION, request.displayName());
        }
        Aliases.requireValid(request.alias());
        if (organisation().acceptedDomains().stream().noneMatch(d -> d.name().equals(request.domain()))) {
            throw new MailboxException.InvalidInput(Problem.DOMAIN_NOT_ACCEPTED, request.domain());
        }
        if (addressInUse(request.address())) {
            throw new MailboxException.AlreadyExists(Problem.ADDRESS_TAKEN, request.address());
        }
        String id = request.alias() + "-id";
        Mailbox created = new Mailbox(id, request.displayName(), request.alias(), request.address(), MailboxKind.SHARED,
                false, slowProvisioning ? ProvisioningState.PROVISIONING : ProvisioningState.READY,
                new MailboxAccount(request.alias() + "-user", false, List.of()), new MailboxStorage(0, false, false));
        mailboxes.put(id, created);
        writes.add("create " + request.address() + " \"" + request.displayName() + "\"");
        return new Created(created, Change.MADE);
    }

    @Override
    public Change convertToShared(String mailboxId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Change setHiddenFromAddressLists(String mailboxId, boolean hidden) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<PermissionGrant> delegates(String mailboxId) {
        return delegatesOf(mailboxId);
    }

    @Override
    public Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping) {
        Mailbox mailbox = readyMailbox(mailboxId);
        Principal trustee = person(trusteeId).map(p -> (Principal) p).or(() -> group(trusteeId))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, trusteeId));
        if (throttledGrants.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new MailboxException.Throttled("Exchange Online", Duration.ofSeconds(30));
        }
        PermissionGrant grant = new PermissionGrant(trustee.id(), trustee.displayName(), right, autoMapping);
        synchronized (delegates) {
            boolean already = delegatesOf(mailbox.id()).stream()
                    .anyMatch(g -> g.trusteeId().equals(trusteeId) && g.right() == right);
            if (already) {
                return Change.ALREADY_SO;
            }
            delegates.add(new Held(mailbox.id(), grant));
        }
        writes.add("grant " + mailbox.alias() + " " + trustee.displayName() + " " + right
                + (right == Right.FULL_ACCESS ? " automapping=" + autoMapping : ""));
        return Change.MADE;
    }

    @Override
    public Change revoke(String mailboxId, String trusteeId, Right right) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Change setSignInBlocked(String mailboxId, boolean blocked) {
        Mailbox mailbox = readyMailbox(mailboxId);
        if (mailbox.account().signInBlocked() == blocked) {
            return Change.ALREADY_SO;
        }
        mailboxes.put(mailbox.id(), with(mailbox, mailbox.state(), blocked));
        writes.add("block sign-in " + mailbox.alias());
        return Change.MADE;
    }

    @Override
    public Change removeLicence(String mailboxId, String skuId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CalendarEvent addEvent(String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end,
                                  String location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit) {
        return new ArrayList<>();
    }

    private Mailbox readyMailbox(String mailboxId) {
        Mailbox mailbox = Optional.ofNullable(mailboxes.get(mailboxId))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, mailboxId));
        if (!mailbox.isReady()) {
            throw new MailboxException.InvalidInput(Problem.MAILBOX_NOT_READY, mailboxId);
        }
        return mailbox;
    }

    private static Mailbox with(Mailbox m, ProvisioningState state, boolean blocked) {
        return new Mailbox(m.id(), m.displayName(), m.alias(), m.primarySmtpAddress(), m.kind(),
                m.hiddenFromAddressLists(), state, new MailboxAccount(m.account().userId(), blocked, m.account().licences()),
                m.storage());
    }

    private record Held(String mailboxId, PermissionGrant grant) {
    }
}
