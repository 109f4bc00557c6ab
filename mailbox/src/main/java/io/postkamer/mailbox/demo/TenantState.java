package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.AcceptedDomain;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.demo.DemoTenantData.GroupData;
import io.postkamer.mailbox.demo.DemoTenantData.MailboxData;
import io.postkamer.mailbox.demo.DemoTenantData.PersonData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tenant's directory and mailboxes, held as immutable records in insertion order. Not thread-safe:
 * {@link DemoTenant} guards it. A change replaces a record; {@link #copy()} is cheap, so a change that
 * cannot be saved is undone by going back to the copy taken before it.
 */
final class TenantState {
    private final DemoTenantData.OrganisationData organisation;
    private final Map<String, PersonData> people;
    private final Map<String, GroupData> groups;
    private final Map<String, MailboxData> mailboxes;

    private TenantState(DemoTenantData.OrganisationData organisation, Map<String, PersonData> people,
                        Map<String, GroupData> groups, Map<String, MailboxData> mailboxes) {
        this.organisation = organisation;
        this.people = people;
        this.groups = groups;
        this.mailboxes = mailboxes;
    }

    /** Checks the data (references, unique addresses, accepted domains) and holds it. */
    static TenantState of(DemoTenantData data) {
        Map<String, PersonData> people = new LinkedHashMap<>();
        data.people().forEach(p -> putUnique(people, p.id(), p, "person"));
        Map<String, GroupData> groups = new LinkedHashMap<>();
        data.groups().forEach(g -> putUnique(groups, g.id(), g, "group"));
        Map<String, MailboxData> mailboxes = new LinkedHashMap<>();
        data.mailboxes().forEach(m -> putUnique(mailboxes, m.id(), m, "mailbox"));
        TenantState state = new TenantState(data.organisation(), people, groups, mailboxes);
        state.check();
        return state;
    }

    TenantState copy() {
        return new TenantState(organisation, new LinkedHashMap<>(people), new LinkedHashMap<>(groups),
                new LinkedHashMap<>(mailboxes));
    }

    DemoTenantData toData() {
        return new DemoTenantData(DemoTenantData.FORMAT_VERSION, organisation, List.copyOf(people.values()),
                List.copyOf(groups.values()), List.copyOf(mailboxes.values()));
    }

    Organisation organisation(Optional<Boolean> hybridOverride) {
        return new Organisation(organisation.tenantId(), organisation.displayName(),
                hybridOverride.orElse(organisation.hybrid()),
                organisation.acceptedDomains().stream().map(d -> new AcceptedDomain(d.name(), d.isDefault())).toList());
    }

    String tenantId() {
        return organisation.tenantId();
    }

    boolean isAcceptedDomain(String domain) {
        return organisation.acceptedDomains().stream().anyMatch(d -> d.name().equalsIgnoreCase(domain));
    }

    Optional<PersonData> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    Optional<GroupData> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    Stream<PersonData> people() {
        return people.values().stream();
    }

    Stream<GroupData> groups() {
        return groups.values().stream();
    }

    Stream<MailboxData> mailboxes() {
        return mailboxes.values().stream();
    }

    /** By id, primary SMTP address or alias, ignoring case in the last two. */
    Optional<MailboxData> mailbox(String idOrAddress) {
        MailboxData byId = mailboxes.get(idOrAddress);
        if (byId != null) {
            return Optional.of(byId);
        }
        return mailboxes.values().stream()
                .filter(m -> m.primarySmtpAddress().equalsIgnoreCase(idOrAddress) || m.alias().equalsIgnoreCase(idOrAddress))
                .findFirst();
    }

    void put(MailboxData mailbox) {
        mailboxes.put(mailbox.id(), mailbox);
    }

    /** Every SMTP address and user principal name any recipient uses, in lower case. */
    Set<String> addressesInUse() {
        Set<String> addresses = new HashSet<>();
        people.values().forEach(p -> {
            addLower(addresses, p.mail());
            addLower(addresses, p.userPrincipalName());
        });
        groups.values().forEach(g -> addLower(addresses, g.mail()));
        mailboxes.values().forEach(m -> {
            addLower(addresses, m.primarySmtpAddress());
            m.otherAddresses().forEach(a -> addLower(addresses, a));
        });
        return addresses;
    }

    boolean aliasInUse(String alias) {
        return mailboxes.values().stream().anyMatch(m -> m.alias().equalsIgnoreCase(alias));
    }

    static Person toPerson(PersonData p) {
        return new Person(p.id(), p.displayName(), p.userPrincipalName(), p.mail(), p.department(), p.jobTitle());
    }

    static Group toGroup(GroupData g) {
        return new Group(g.id(), g.displayName(), g.mail(), g.kind());
    }

    private void check() {
        List<String> problems = new ArrayList<>();
        if (organisation.acceptedDomains().isEmpty()) {
            problems.add("the organisation has no accepted domain");
        }
        people.values().forEach(p -> {
            if (p.displayName() == null || p.userPrincipalName() == null) {
                problems.add("person " + p.id() + " needs a displayName and a userPrincipalName");
            }
            if (p.managerId() != null && !people.containsKey(p.managerId())) {
                problems.add("manager " + p.managerId() + " of " + p.displayName() + " is not a person");
            }
        });
        groups.values().forEach(g -> {
            if (g.displayName() == null || g.kind() == null) {
                problems.add("group " + g.id() + " needs a displayName and a kind");
            }
            g.memberIds().stream().filter(id -> !people.containsKey(id))
                    .forEach(id -> problems.add("member " + id + " of " + g.displayName() + " is not a person"));
        });
        Set<String> mailboxAddresses = new HashSet<>();
        mailboxes.values().forEach(m -> checkMailbox(m, problems, mailboxAddresses));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the demo tenant data is not consistent: " + String.join("; ", problems));
        }
    }

    private void checkMailbox(MailboxData m, List<String> problems, Set<String> addressesSoFar) {
        if (m.displayName() == null || m.alias() == null || m.primarySmtpAddress() == null || m.kind() == null) {
            problems.add("mailbox " + m.id() + " needs a displayName, alias, primarySmtpAddress and kind");
            return;
        }
        if (m.kind() == MailboxKind.USER && !people.containsKey(m.id())) {
            problems.add("user mailbox " + m.primarySmtpAddress() + " must have the id of a person");
        }
        Stream.concat(Stream.of(m.primarySmtpAddress()), m.otherAddresses().stream()).forEach(address -> {
            String domain = address.substring(address.indexOf('@') + 1);
            if (!address.contains("@") || !isAcceptedDomain(domain)) {
                problems.add("address " + address + " is not on an accepted domain");
            }
            if (!addressesSoFar.add(address.toLowerCase(Locale.ROOT))) {
                problems.add("address " + address + " is used by two mailboxes");
            }
        });
        // a mailbox with a person's id is that person's (perhaps converted) mailbox: it shares their address
        Stream.concat(people.values().stream().filter(p -> !p.id().equals(m.id()))
                                .flatMap(p -> Stream.of(p.mail(), p.userPrincipalName())),
                        groups.values().stream().map(GroupData::mail))
                .filter(m.primarySmtpAddress()::equalsIgnoreCase)
                .distinct()
                .forEach(a -> problems.add("address " + a + " of mailbox " + m.displayName() + " is used by another person or group"));
        m.delegates().stream().filter(d -> !people.containsKey(d.trusteeId()) && !groups.containsKey(d.trusteeId()))
                .forEach(d -> problems.add("delegate " + d.trusteeId() + " of " + m.primarySmtpAddress() + " is not a person or group"));
        m.licences().stream().filter(l -> l.assignedByGroupId() != null && !groups.containsKey(l.assignedByGroupId()))
                .forEach(l -> problems.add("licence " + l.skuPartNumber() + " of " + m.primarySmtpAddress()
                        + " is assigned by an unknown group " + l.assignedByGroupId()));
        m.calendar().stream().filter(e -> e.subject() == null || e.start() == null || e.end() == null || !e.end().isAfter(e.start()))
                .forEach(e -> problems.add("event " + e.id() + " of " + m.primarySmtpAddress() + " needs a subject and an end after its start"));
    }

    private static void addLower(Set<String> addresses, String address) {
        if (address != null && !address.isBlank()) {
            addresses.add(address.toLowerCase(Locale.ROOT));
        }
    }

    private static <T> void putUnique(Map<String, T> map, String id, T value, String what) {
        if (map.putIfAbsent(id, value) != null) {
            throw new IllegalArgumentException("the demo tenant data has two of " + what + " " + id);
        }
    }
}
