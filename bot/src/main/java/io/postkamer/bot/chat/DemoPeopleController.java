package io.postkamer.bot.chat;

import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.demo.DemoTenant;
import org.springframework.beans.factory.ObjectProvider;
import io.postkamer.mailbox.Person;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who a newcomer can be on the local chat page: the demo tenant's people, administrators first. */
@RestController
@Conditional(ChatPageEnabled.class)
public class DemoPeopleController {
    private static final int MAX_PEOPLE = 100;

    private final MailboxService mailboxes;
    private final ObjectProvider<DemoTenant> demoTenant;

    public DemoPeopleController(MailboxService mailboxes, ObjectProvider<DemoTenant> demoTenant) {
        this.mailboxes = mailboxes;
        this.demoTenant = demoTenant;
    }

    public record ChatPerson(String id, String displayName, String role) {
    }

    @GetMapping("/chat/people")
    public List<ChatPerson> people() {
        DemoTenant demo = demoTenant.getIfAvailable();
        if (demo == null) {
            return List.of();
        }
        return demo.people().stream().limit(MAX_PEOPLE)
                .map(this::describe)
                .sorted(java.util.Comparator.comparing((ChatPerson person) -> !person.role().endsWith("Administrator")))
                .toList();
    }

    private ChatPerson describe(Person person) {
        Set<DirectoryRole> roles = mailboxes.rolesOf(person.id());
        String role = roles.contains(DirectoryRole.GLOBAL_ADMINISTRATOR) ? "Global Administrator"
                : roles.contains(DirectoryRole.EXCHANGE_ADMINISTRATOR) ? "Exchange Administrator"
                : person.jobTitle();
        return new ChatPerson(person.id(), person.displayName(), role);
    }
}
