package io.postkamer.dialogs.manage;

import io.postkamer.dialogs.requests.MailboxOwners;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAdministrators;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import java.util.List;

/**
 * What a mailbox's overview shows, read in one go: the shared mailbox, its delegates, and what the reader
 * is to it. Administrators, owners and members see it all; anyone else only its name and address.
 */
record Overview(Mailbox mailbox, List<PermissionGrant> delegates, boolean administrator, boolean mayRead) {

    /** The overview of a shared mailbox; anything else is refused ({@link MailboxScope#shared}). */
    static Overview of(MailboxService service, MailboxOwners owners, String mailboxId, String reader) {
        Mailbox mailbox = MailboxScope.shared(service, mailboxId);
        List<PermissionGrant> delegates = service.delegates(mailbox.id());
        boolean administrator = new MailboxAdministrators(service).isAdministrator(reader);
        boolean mayRead = administrator
                || owners.ownersOf(mailbox.id()).stream().anyMatch(owner -> owner.equalsIgnoreCase(reader))
                || delegates.stream().anyMatch(grant -> grant.trusteeId().equalsIgnoreCase(reader));
        return new Overview(mailbox, mayRead ? delegates : List.of(), administrator, mayRead);
    }
}
