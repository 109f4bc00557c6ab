package io.postkamer.dialogs.manage;

import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.requests.MailboxOwners;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.PermissionGrant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a mailbox's overview shows: the shared mailbox, its delegates, and what the reader is to it.
 * Administrators, owners and members see it all; anyone else only its name and address.
 */
record Overview(Mailbox mailbox, List<PermissionGrant> delegates, boolean administrator, boolean mayRead) {

    /**
     * The overview of a shared mailbox; anything else is refused ({@link MailboxScope#shared}). The mailbox, its
     * delegates and the reader's roles are three independent reads, made side by side: the overview takes as long
     * as the slowest of them, not as their sum.
     */
    static CompletableFuture<Attempt<Overview>> read(
            MailboxCalls calls, MailboxOwners owners, String mailboxId, String reader) {
        CompletableFuture<Attempt<Mailbox>> mailbox = calls.read(service -> MailboxScope.shared(service, mailboxId));
        CompletableFuture<Attempt<List<PermissionGrant>>> delegates =
                calls.read(service -> service.delegates(mailboxId));
        CompletableFuture<Attempt<Boolean>> administrator = calls.isAdministrator(reader);
        return CompletableFuture.allOf(mailbox, delegates, administrator).thenApply(read -> {
            // The mailbox decides first: a press that named no shared mailbox is refused as such.
            if (mailbox.join().isFailure()) {
                return Attempt.failed(mailbox.join().problem());
            }
            for (Attempt<?> part : List.of(delegates.join(), administrator.join())) {
                if (part.isFailure()) {
                    return Attempt.failed(part.problem());
                }
            }
            Mailbox box = mailbox.join().get();
            List<PermissionGrant> grants = delegates.join().get();
            boolean admin = administrator.join().get();
            boolean mayRead = admin
                    || owners.ownersOf(box.id()).stream().anyMatch(owner -> owner.equalsIgnoreCase(reader))
                    || grants.stream().anyMatch(grant -> grant.trusteeId().equalsIgnoreCase(reader));
            return Attempt.succeeded(new Overview(box, mayRead ? grants : List.of(), admin, mayRead));
        });
    }
}
