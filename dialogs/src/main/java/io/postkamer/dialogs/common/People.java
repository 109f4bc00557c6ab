package io.postkamer.dialogs.common;

import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import java.util.Optional;

/** Whom an id picked on a card names, as the directory has it now, when it must be a person. */
public final class People {
    private People() {}

    /**
     * The person with this id, if it names one. In Entra ID a shared mailbox has a user account like anyone's, which
     * Graph returns among the users; it is nobody to give rights to, to approve or to hand a mailbox to, so here it is
     * not a person. An id the directory cannot read as a key is nobody either.
     */
    public static Optional<Person> picked(MailboxService service, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return service.person(id.strip()).filter(person -> !service.isMailboxAccount(person.id()));
        } catch (MailboxException.NotFound unknown) {
            return Optional.empty();
        }
    }
}
