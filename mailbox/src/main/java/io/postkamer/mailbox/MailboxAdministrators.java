package io.postkamer.mailbox;

import java.util.Set;

/**
 * Who may create and change shared mailboxes: a Global Administrator or an Exchange Administrator,
 * as the directory says now. Asked again before every change, never remembered from when a card was
 * shown.
 */
public final class MailboxAdministrators {
    private static final Set<DirectoryRole> MAY_MANAGE =
            Set.of(DirectoryRole.GLOBAL_ADMINISTRATOR, DirectoryRole.EXCHANGE_ADMINISTRATOR);

    private final MailboxService service;

    public MailboxAdministrators(MailboxService service) {
        this.service = service;
    }

    public boolean isAdministrator(String personId) {
        return service.rolesOf(personId).stream().anyMatch(MAY_MANAGE::contains);
    }

    /** Throws {@link MailboxException.NotAuthorised} unless the person may manage mailboxes. */
    public void requireAdministrator(String personId) {
        if (!isAdministrator(personId)) {
            throw new MailboxException.NotAuthorised(personId);
        }
    }
}
