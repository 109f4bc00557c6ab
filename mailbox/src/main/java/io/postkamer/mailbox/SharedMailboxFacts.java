package io.postkamer.mailbox;

import java.util.List;
import java.util.Objects;

/**
 * What a health report knows of one shared mailbox: the mailbox with its account, licences and size, and every
 * right held on it with who stands behind it now.
 */
public record SharedMailboxFacts(Mailbox mailbox, List<HeldPermission> permissions) {
    public SharedMailboxFacts {
        Objects.requireNonNull(mailbox, "mailbox");
        permissions = List.copyOf(permissions);
    }

    public String id() {
        return mailbox.id();
    }
}
