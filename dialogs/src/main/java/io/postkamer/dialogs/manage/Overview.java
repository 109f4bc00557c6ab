package io.postkamer.dialogs.manage;

import io.postkamer.mailbox.MailboxAdministrators;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import java.util.List;
import java.util.Optional;

/** What a mailbox's overview shows, read in one go: the mailbox, its delegates, and whether the reader may change it. */
record Overview(Mailbox mailbox, List<PermissionGrant> delegates, boolean administrator) {

    static Optional<Overview> of(MailboxService service, String mailboxId, String reader) {
        return service.mailbox(mailboxId).map(mailbox -> new Overview(mailbox,
                service.delegates(mailbox.id()), new MailboxAdministrators(service).isAdministrator(reader)));
    }
}
