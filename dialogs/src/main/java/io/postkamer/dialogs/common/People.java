package io.postkamer.dialogs.common;

import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
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

    /** The person with this id, as {@link #picked}; anyone or anything else is refused, by its name where known. */
    public static Person required(MailboxService service, String id) {
        Optional<Person> person = picked(service, id);
        if (person.isPresent()) {
            return person.get();
        }
        String name = id == null || id.isBlank()
                ? ""
                : service.person(id.strip())
                        .map(Person::displayName)
                        .or(() -> service.group(id.strip()).map(Group::displayName))
                        .orElse(id.strip());
        throw new MailboxException.OutOfScope(Problem.NOT_A_PERSON, name);
    }
}
