package io.postkamer.bot.chat;

import io.postkamer.mailbox.MailboxService;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The people the chat page offers in its "You are" picker. */
@RestController
public class ChatPeopleController {
    private final ObjectProvider<MailboxService> service;

    public ChatPeopleController(ObjectProvider<MailboxService> service) {
        this.service = service;
    }

    @GetMapping("/chat/people")
    public List<ChatPerson> people() {
        MailboxService tenant = service.getIfUnique();
        if (tenant == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "No mailbox service is configured");
        }
        return new TenantPeople(tenant).everyone();
    }
}
