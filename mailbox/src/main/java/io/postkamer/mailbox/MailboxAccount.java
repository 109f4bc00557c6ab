package io.postkamer.mailbox;

import java.util.List;
import java.util.Objects;

/** The user account every mailbox has. A shared mailbox's account has a system password nobody should use. */
public record MailboxAccount(String userId, boolean signInBlocked, List<Licence> licences) {
    public MailboxAccount {
        Objects.requireNonNull(userId, "userId");
        licences = List.copyOf(licences);
    }
}
