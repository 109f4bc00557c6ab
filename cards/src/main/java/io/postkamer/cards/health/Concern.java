package io.postkamer.cards.health;

import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxStorage;
import java.util.List;
import java.util.Objects;

/**
 * One mailbox's part of a finding: the mailbox, its size, and what about it the finding is: the licences it need not
 * have, or the rights concerned (held by disabled or deleted accounts, to send while hidden, by groups); for a mailbox
 * without owners, whether it has owners whose accounts are all disabled or deleted.
 */
public record Concern(
        MailboxEntry mailbox,
        MailboxStorage storage,
        List<Licence> licences,
        List<HeldPermission> permissions,
        boolean ownersGone) {
    public Concern {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(storage, "storage");
        licences = List.copyOf(licences);
        permissions = List.copyOf(permissions);
    }

    /** A concern that is not about owners. */
    public Concern(
            MailboxEntry mailbox, MailboxStorage storage, List<Licence> licences, List<HeldPermission> permissions) {
        this(mailbox, storage, licences, permissions, false);
    }
}
