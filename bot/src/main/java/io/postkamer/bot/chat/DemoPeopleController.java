package io.postkamer.bot.chat;

import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.demo.DemoTenant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who you can be on the local chat page: the demo tenant's people, administrators first. Against a
 * real tenant (chat page switched on explicitly) nobody is offered: the page is for the demo.
 */
@RestController
@Conditional(ChatPageEnabled.class)
public class DemoPeopleController {
    private static final int MAX_PEOPLE = 100;
    private static final Comparator<ChatPerson> ADMINISTRATORS_FIRST = Comparator.comparingInt((ChatPerson person) ->
                    ChatPerson.Role.valueOf(person.role()).ordinal())
            .thenComparing(ChatPerson::displayName, String.CASE_INSENSITIVE_ORDER);

    private final ObjectProvider<MailboxService> mailboxes;
    private final ObjectProvider<DemoTenant> demoTenant;

    public DemoPeopleController(ObjectProvider<MailboxService> mailboxes, ObjectProvider<DemoTenant> demoTenant) {
        this.mailboxes = mailboxes;
        this.demoTenant = demoTenant;
    }

    @GetMapping("/chat/people")
    public List<ChatPerson> people() {
        DemoTenant demo = demoTenant.getIfAvailable();
        MailboxService service = mailboxes.getIfAvailable(() -> demo);
        if (demo == null || service == null) {
            return List.of();
        }
        return demo.people(MAX_PEOPLE).stream()
                .map(person -> describe(service, person))
                .sorted(ADMINISTRATORS_FIRST)
                .toList();
    }

    private static ChatPerson describe(MailboxService service, Person person) {
        Set<DirectoryRole> roles = service.rolesOf(person.id());
        ChatPerson.Role role = roles.contains(DirectoryRole.GLOBAL_ADMINISTRATOR)
                ? ChatPerson.Role.GLOBAL_ADMINISTRATOR
                : roles.contains(DirectoryRole.EXCHANGE_ADMINISTRATOR)
                        ? ChatPerson.Role.EXCHANGE_ADMINISTRATOR
                        : ChatPerson.Role.USER;
        return new ChatPerson(person.id(), person.displayName(), person.jobTitle(), role.name(), role.label());
    }
}
