package io.postkamer.bot.chat;

import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyone in a (small, demo) tenant with their administrator role, administrators first. The
 * service has no "list all people", and an empty search prefix finds nothing, so this asks the
 * picker's prefix search once per letter; fine for a demo tenant, not meant for a real one.
 */
final class TenantPeople {
    private static final int PER_LETTER = 200;
    private static final Comparator<ChatPerson> ADMINISTRATORS_FIRST = Comparator
            .comparingInt((ChatPerson person) -> rank(person.role()))
            .thenComparing(ChatPerson::displayName, String.CASE_INSENSITIVE_ORDER);

    private final MailboxService service;

    TenantPeople(MailboxService service) {
        this.service = service;
    }

    List<ChatPerson> everyone() {
        Map<String, Person> found = new LinkedHashMap<>();
        for (char letter = 'a'; letter <= 'z'; letter++) {
            service.searchPrincipals(String.valueOf(letter), PER_LETTER).stream()
                    .filter(Person.class::isInstance).map(Person.class::cast)
                    .forEach(person -> found.putIfAbsent(person.id(), person));
        }
        return found.values().stream().map(this::withRole).sorted(ADMINISTRATORS_FIRST).toList();
    }

    private ChatPerson withRole(Person person) {
        Set<DirectoryRole> roles = service.rolesOf(person.id());
        String role = roles.contains(DirectoryRole.GLOBAL_ADMINISTRATOR) ? DirectoryRole.GLOBAL_ADMINISTRATOR.name()
                : roles.contains(DirectoryRole.EXCHANGE_ADMINISTRATOR) ? DirectoryRole.EXCHANGE_ADMINISTRATOR.name()
                : "USER";
        return new ChatPerson(person.id(), person.displayName(), person.jobTitle(), role, label(role));
    }

    private static String label(String role) {
        return switch (role) {
            case "GLOBAL_ADMINISTRATOR" -> "Global Administrator";
            case "EXCHANGE_ADMINISTRATOR" -> "Exchange Administrator";
            default -> "User";
        };
    }

    private static int rank(String role) {
        return switch (role) {
            case "GLOBAL_ADMINISTRATOR" -> 0;
            case "EXCHANGE_ADMINISTRATOR" -> 1;
            default -> 2;
        };
    }
}
