package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.AcceptedDomain;
import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SentItemsCopies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole demo tenant in memory, mutable, not thread-safe ({@link TenantStore} guards it). Built from
 * a {@link TenantFile} and written back to one, so a snapshot holds everything a change can touch.
 */
final class TenantState {
    Organisation organisation;
    final ZoneId timeZone;
    final Map<String, TenantFile.SkuEntry> skusById = new LinkedHashMap<>();
    final Map<String, PersonState> people = new LinkedHashMap<>();
    final Map<String, GroupState> groups = new LinkedHashMap<>();
    final Map<String, MailboxState> mailboxes = new LinkedHashMap<>();

    /** {@code lastSignIn} is null where the directory keeps none (as Entra ID without a premium licence). */
    record PersonState(Person person, String managerId, Set<String> roleTemplateIds, Instant lastSignIn) {}

    record GroupState(Group group, Set<String> memberIds, Set<String> roleTemplateIds, Set<String> licenceSkuIds) {}

    record DelegateKey(String trusteeId, Right right) {}

    static final class MailboxState {
        final String id;
        final String displayName;
        final String alias;
        final String primarySmtpAddress;
        final List<String> otherAddresses;
        MailboxKind kind;
        boolean hidden;
        SentItemsCopies sentItemsCopies = SentItemsCopies.NONE;
        Instant readyAt;
        boolean signInBlocked;
        Instant signedOutAt;
        AutomaticReply automaticReply = AutomaticReply.OFF;
        final Set<String> directLicenceSkuIds;
        final MailboxStorage storage;
        final Map<DelegateKey, Boolean> delegates = new LinkedHashMap<>();
        final List<CalendarEvent> events = new ArrayList<>();

        MailboxState(
                String id,
                String displayName,
                String alias,
                String primarySmtpAddress,
                List<String> otherAddresses,
                MailboxKind kind,
                boolean hidden,
                Instant readyAt,
                boolean signInBlocked,
                Set<String> directLicenceSkuIds,
                MailboxStorage storage) {
            this.id = id;
            this.displayName = displayName;
            this.alias = alias;
            this.primarySmtpAddress = primarySmtpAddress.toLowerCase(Locale.ROOT);
            this.otherAddresses =
                    otherAddresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
            this.kind = kind;
            this.hidden = hidden;
            this.readyAt = readyAt;
            this.signInBlocked = signInBlocked;
            this.directLicenceSkuIds = new LinkedHashSet<>(directLicenceSkuIds);
            this.storage = storage;
        }

        boolean isReadyAt(Instant now) {
            return readyAt == null || !now.isBefore(readyAt);
        }

        boolean hasAddress(String address) {
            return primarySmtpAddress.equals(address) || otherAddresses.contains(address);
        }
    }

    private TenantState(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    static TenantState from(TenantFile file, Clock clock) {
        if (file.formatVersion() != TenantFile.FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported demo tenant format " + file.formatVersion());
        }
        TenantFile.OrganisationEntry org = require(file.organisation(), "organisation");
        TenantState state = new TenantState(ZoneId.of(org.timeZone() == null ? "UTC" : org.timeZone()));
        state.organisation = new Organisation(
                org.tenantId(),
                org.displayName(),
                org.hybrid(),
                org.acceptedDomains().stream()
                        .map(d -> new AcceptedDomain(d.name(), d.isDefault()))
                        .toList());
        if (state.organisation.acceptedDomains().isEmpty()) {
            throw new IllegalArgumentException("organisation needs at least one accepted domain");
        }
        file.skus().forEach(s -> state.skusById.put(key(s.skuId()), s));
        for (TenantFile.PersonEntry p : file.people()) {
            Person person = new Person(
                    key(p.id()), p.displayName(), p.userPrincipalName(), p.mail(), p.department(), p.jobTitle());
            state.people.put(
                    person.id(),
                    new PersonState(
                            person,
                            p.managerId() == null ? null : key(p.managerId()),
                            keys(p.roles()),
                            p.lastSignInAt(clock)));
        }
        for (TenantFile.GroupEntry g : file.groups()) {
            Group group = new Group(key(g.id()), g.displayName(), g.mail(), g.kind());
            Set<String> skuIds = new LinkedHashSet<>();
            g.licences().forEach(part -> skuIds.add(state.skuIdOf(part)));
            state.groups.put(group.id(), new GroupState(group, keys(g.members()), keys(g.roles()), skuIds));
        }
        LocalDate today = LocalDate.now(clock.withZone(state.timeZone));
        for (TenantFile.MailboxEntry m : file.mailboxes()) {
            state.addMailbox(m, today);
        }
        state.checkReferences();
        return state;
    }

    private void addMailbox(TenantFile.MailboxEntry m, LocalDate today) {
        TenantFile.AccountEntry account =
                m.account() == null ? new TenantFile.AccountEntry(false, List.of(), null) : m.account();
        TenantFile.StorageEntry storage =
                m.storage() == null ? new TenantFile.StorageEntry(0, false, false) : m.storage();
        Set<String> licences = new LinkedHashSet<>();
        account.licences().forEach(part -> licences.add(skuIdOf(part)));
        MailboxState mailbox = new MailboxState(
                key(m.id()),
                m.displayName(),
                m.alias(),
                m.primarySmtpAddress(),
                m.otherAddresses(),
                require(m.kind(), "mailbox kind"),
                m.hiddenFromAddressLists(),
                m.readyAt(),
                account.signInBlocked(),
                licences,
                new MailboxStorage(storage.totalBytes(), storage.archiveEnabled(), storage.litigationHoldEnabled()));
        mailbox.signedOutAt = account.signedOutAt();
        mailbox.automaticReply = m.automaticReply() == null ? AutomaticReply.OFF : m.automaticReply();
        Optional.ofNullable(m.sentItemsCopies())
                .ifPresent(c -> mailbox.sentItemsCopies = new SentItemsCopies(c.sentAs(), c.sentOnBehalf()));
        for (TenantFile.DelegateEntry d : m.delegates()) {
            mailbox.delegates.put(
                    new DelegateKey(key(d.trusteeId()), d.right()), d.right() == Right.FULL_ACCESS && d.autoMapping());
        }
        for (TenantFile.EventEntry e : m.events()) {
            mailbox.events.add(event(e, today));
        }
        mailboxes.put(mailbox.id, mailbox);
    }

    private CalendarEvent event(TenantFile.EventEntry e, LocalDate today) {
        if (e.start() != null) {
            return new CalendarEvent(e.id(), e.subject(), e.start(), require(e.end(), "event end"), e.location());
        }
        var start = today.plusDays(require(e.inDays(), "event inDays or start"))
                .atTime(require(e.at(), "event at"))
                .atZone(timeZone)
                .toOffsetDateTime();
        return new CalendarEvent(
                e.id(), e.subject(), start, start.plusMinutes(require(e.minutes(), "event minutes")), e.location());
    }

    /** Refuses a file whose ids point nowhere, so a typo in the seed fails at start-up, not in a demo. */
    private void checkReferences() {
        people.values().forEach(p -> {
            if (p.managerId() != null && !people.containsKey(p.managerId())) {
                throw new IllegalArgumentException(
                        "unknown manager " + p.managerId() + " of " + p.person().id());
            }
        });
        groups.values()
                .forEach(g -> g.memberIds().forEach(id -> {
                    if (!people.containsKey(id)) {
                        throw new IllegalArgumentException("unknown member " + id + " of group "
                                + g.group().id());
                    }
                }));
        mailboxes
                .values()
                .forEach(m -> m.delegates.keySet().forEach(d -> {
                    if (!people.containsKey(d.trusteeId())
                            && !groups.containsKey(d.trusteeId())
                            && !Delegations.isDeletedAccount(d.trusteeId())) {
                        throw new IllegalArgumentException("unknown delegate " + d.trusteeId() + " of mailbox " + m.id);
                    }
                }));
    }

    String skuIdOf(String partNumberOrId) {
        return skusById.values().stream()
                .filter(s -> s.skuPartNumber().equalsIgnoreCase(partNumberOrId)
                        || s.skuId().equalsIgnoreCase(partNumberOrId))
                .map(s -> key(s.skuId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown licence " + partNumberOrId));
    }

    /** Direct licences first, then those a group of the account gives it. */
    List<Licence> licencesOf(MailboxState mailbox) {
        Map<String, Licence> licences = new LinkedHashMap<>();
        mailbox.directLicenceSkuIds.forEach(id -> licences.put(id, licence(id, false)));
        groups.values().stream()
                .filter(g -> g.memberIds().contains(mailbox.id))
                .flatMap(g -> g.licenceSkuIds().stream())
                .forEach(id -> licences.putIfAbsent(id, licence(id, true)));
        return List.copyOf(licences.values());
    }

    private Licence licence(String skuId, boolean byGroup) {
        TenantFile.SkuEntry sku = skusById.get(skuId);
        return new Licence(skuId, sku == null ? skuId : sku.skuPartNumber(), byGroup);
    }

    Optional<Principal> principal(String id) {
        String k = key(id);
        if (people.containsKey(k)) {
            return Optional.of(people.get(k).person());
        }
        return Optional.ofNullable(groups.get(k)).map(GroupState::group);
    }

    /** The mailbox with this id, address or alias, in that order of preference. */
    Optional<MailboxState> find(String idOrAddress) {
        if (idOrAddress == null || idOrAddress.isBlank()) {
            return Optional.empty();
        }
        String k = idOrAddress.strip().toLowerCase(Locale.ROOT);
        MailboxState byId = mailboxes.get(k);
        if (byId != null) {
            return Optional.of(byId);
        }
        return mailboxes.values().stream()
                .filter(m -> m.hasAddress(k))
                .findFirst()
                .or(() -> mailboxes.values().stream()
                        .filter(m -> m.alias.equalsIgnoreCase(k))
                        .findFirst());
    }

    MailboxState requireMailbox(String mailboxId) {
        return find(mailboxId)
                .orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, String.valueOf(mailboxId)));
    }

    /** A mailbox that has finished provisioning at {@code now}: Exchange refuses permissions on one that has not. */
    MailboxState requireReady(String mailboxId, Instant now) {
        MailboxState m = requireMailbox(mailboxId);
        if (!m.isReadyAt(now)) {
            throw new MailboxException.NotReady(m.primarySmtpAddress);
        }
        return m;
    }

    PersonState requirePerson(String personId) {
        PersonState person = personId == null || personId.isBlank() ? null : people.get(key(personId));
        if (person == null) {
            throw new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, String.valueOf(personId));
        }
        return person;
    }

    Principal requirePrincipal(String id) {
        return (id == null || id.isBlank() ? Optional.<Principal>empty() : principal(id))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, String.valueOf(id)));
    }

    /** Every address a recipient answers to, lower case. */
    boolean addressInUse(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        return people.values().stream()
                        .anyMatch(p -> a.equalsIgnoreCase(p.person().mail())
                                || a.equalsIgnoreCase(p.person().userPrincipalName()))
                || groups.values().stream()
                        .anyMatch(g -> a.equalsIgnoreCase(g.group().mail()))
                || mailboxes.values().stream().anyMatch(m -> m.hasAddress(a));
    }

    /** What the state would be written as. */
    TenantFile toFile() {
        return TenantSnapshot.of(this);
    }

    String partNumber(String skuId) {
        TenantFile.SkuEntry sku = skusById.get(skuId);
        return sku == null ? skuId : sku.skuPartNumber();
    }

    /** Ids are GUIDs: compared without regard to case. */
    static String key(String id) {
        return Objects.requireNonNull(id, "id").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> keys(List<String> ids) {
        Set<String> keys = new LinkedHashSet<>();
        ids.forEach(id -> keys.add(key(id)));
        return keys;
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + what);
        }
        return value;
    }
}
