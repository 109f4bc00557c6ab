package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** What the demo directory answers about people and groups, read from the state under the store's lock. */
final class DirectoryQueries {
    static final Comparator<Person> BY_NAME = Comparator.comparing(p -> PrefixMatch.fold(p.displayName()));

    private DirectoryQueries() {}

    /** Every person's account, a converted mailbox's included: what Graph lists as users. */
    static List<Person> accounts(TenantState s) {
        return s.people.values().stream()
                .map(TenantState.PersonState::person)
                .sorted(BY_NAME)
                .toList();
    }

    /** The first people by name: as the picker's search, never an account whose mailbox was converted to shared. */
    static List<Person> people(TenantState s, int limit) {
        return s.people.values().stream()
                .map(TenantState.PersonState::person)
                .filter(p -> !isSharedMailboxAccount(s, p.id()))
                .sorted(BY_NAME)
                .limit(Math.max(0, limit))
                .toList();
    }

    /** Roles held directly and through a role-assignable group. */
    static Set<DirectoryRole> rolesOf(TenantState s, String personId) {
        TenantState.PersonState person = s.requirePerson(personId);
        Set<DirectoryRole> roles = EnumSet.noneOf(DirectoryRole.class);
        Stream.concat(
                        person.roleTemplateIds().stream(),
                        s.groups.values().stream()
                                .filter(g ->
                                        g.memberIds().contains(person.person().id()))
                                .flatMap(g -> g.roleTemplateIds().stream()))
                .forEach(id -> DirectoryRole.byTemplateId(id).ifPresent(roles::add));
        return Collections.unmodifiableSet(roles);
    }

    /** Who holds the role themselves: people, and role-assignable groups (not their members), as a directory lists them. */
    static List<Principal> roleHolders(TenantState s, String templateId) {
        String role = TenantState.key(templateId);
        return Stream.concat(
                        s.people.values().stream()
                                .filter(p -> p.roleTemplateIds().contains(role))
                                .map(p -> (Principal) p.person()),
                        s.groups.values().stream()
                                .filter(g -> g.roleTemplateIds().contains(role))
                                .map(g -> (Principal) g.group()))
                .toList();
    }

    static Map<String, Instant> lastSignIns(TenantState s, List<String> personIds) {
        Map<String, Instant> known = new HashMap<>();
        for (String id : personIds) {
            TenantState.PersonState person = id == null ? null : s.people.get(TenantState.key(id));
            if (person != null && person.lastSignIn() != null) {
                known.put(id, person.lastSignIn());
            }
        }
        return Map.copyOf(known);
    }

    static List<Person> administrators(TenantState s) {
        return s.people.values().stream()
                .map(TenantState.PersonState::person)
                .filter(person -> !rolesOf(s, person.id()).isEmpty())
                .sorted(Comparator.comparing((Person p) -> PrefixMatch.fold(p.displayName())))
                .toList();
    }

    static Optional<Person> managerOf(TenantState s, String personId) {
        return Optional.ofNullable(s.requirePerson(personId).managerId())
                .map(id -> s.people.get(id).person());
    }

    /** People first, then groups, each by name, whose name or an address starts with what was typed. */
    static List<Principal> searchPrincipals(TenantState s, String prefix, int limit) {
        PrefixMatch match = new PrefixMatch(prefix == null ? "" : prefix);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        // People only: a person whose mailbox was converted to shared is a shared mailbox's account now, and the
        // picker never offers one (shared mailboxes made here are never people to begin with).
        Stream<Principal> people = s.people.values().stream()
                .map(TenantState.PersonState::person)
                .filter(p -> !isSharedMailboxAccount(s, p.id()))
                .filter(p -> match.matchesName(p.displayName())
                        || match.matchesAddress(p.mail())
                        || match.matchesAddress(p.userPrincipalName()))
                .sorted(BY_NAME)
                .map(Principal.class::cast);
        Stream<Principal> groups = s.groups.values().stream()
                .map(TenantState.GroupState::group)
                .filter(g -> match.matchesName(g.displayName()) || match.matchesAddress(g.mail()))
                .sorted(Comparator.comparing(g -> PrefixMatch.fold(g.displayName())))
                .map(Principal.class::cast);
        return Stream.concat(people, groups).limit(limit).toList();
    }

    private static boolean isSharedMailboxAccount(TenantState s, String id) {
        TenantState.MailboxState mailbox = s.mailboxes.get(id);
        return mailbox != null && mailbox.kind == MailboxKind.SHARED;
    }

    static List<Person> membersOf(TenantState s, String groupId) {
        TenantState.GroupState group =
                groupId == null || groupId.isBlank() ? null : s.groups.get(TenantState.key(groupId));
        if (group == null) {
            throw new MailboxException.NotFound(Problem.GROUP_NOT_FOUND, String.valueOf(groupId));
        }
        return group.memberIds().stream()
                .map(id -> s.people.get(id).person())
                .sorted(BY_NAME)
                .toList();
    }
}
