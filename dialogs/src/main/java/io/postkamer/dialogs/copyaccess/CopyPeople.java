package io.postkamer.dialogs.copyaccess;

import io.postkamer.dialogs.common.People;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The people a copy is between, found in the directory: by a name as typed ("Flip", "Ger Verbeek", an address), and
 * again by id when the card is pressed. A group, or a shared mailbox's own account, is never one of them.
 */
final class CopyPeople {
    private static final int LOOKED_AT = 10;

    /** A typed name: the one person it names, or why not (in the reader's words, by text key and arguments). */
    record Found(Optional<Person> person, String why, List<String> arguments) {
        static Found one(Person person) {
            return new Found(Optional.of(person), "", List.of());
        }

        static Found none(String why, String... arguments) {
            return new Found(Optional.empty(), why, List.of(arguments));
        }
    }

    private CopyPeople() {}

    static Found byName(MailboxService service, String typed) {
        String wanted = typed.strip();
        List<Principal> found = service.searchPrincipals(wanted, LOOKED_AT);
        List<Person> people = found.stream()
                .filter(Person.class::isInstance)
                .map(Person.class::cast)
                .toList();
        List<Person> exact = people.stream().filter(p -> names(p, wanted)).toList();
        List<Person> named = exact.isEmpty()
                ? people.stream().filter(p -> startsWith(p, wanted)).toList()
                : exact;
        if (named.size() > 1) {
            return Found.none(
                    "copy.notUnique",
                    wanted,
                    named.stream().map(Person::displayName).collect(Collectors.joining(", ")));
        }
        if (named.isEmpty()) {
            Optional<Group> group = found.stream()
                    .filter(Group.class::isInstance)
                    .map(Group.class::cast)
                    .findFirst();
            return group.isPresent()
                    ? Found.none("problem.NOT_A_PERSON", group.get().displayName())
                    : Found.none("copy.unknown", wanted);
        }
        Person person = named.get(0);
        return service.isMailboxAccount(person.id())
                ? Found.none("problem.NOT_A_PERSON", person.displayName())
                : Found.one(person);
    }

    /** The person with this id as the directory has them now; a group or a shared mailbox's account is refused. */
    static Person byId(MailboxService service, String id) {
        return People.required(service, id);
    }

    private static boolean names(Person person, String wanted) {
        return person.displayName().equalsIgnoreCase(wanted)
                || person.mail().equalsIgnoreCase(wanted)
                || person.userPrincipalName().equalsIgnoreCase(wanted);
    }

    private static boolean startsWith(Person person, String wanted) {
        String prefix = wanted.toLowerCase(Locale.ROOT);
        return person.displayName().toLowerCase(Locale.ROOT).startsWith(prefix)
                || person.mail().toLowerCase(Locale.ROOT).startsWith(prefix)
                || person.userPrincipalName().toLowerCase(Locale.ROOT).startsWith(prefix);
    }
}
