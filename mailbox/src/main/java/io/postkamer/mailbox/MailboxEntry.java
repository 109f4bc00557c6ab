package io.postkamer.mailbox;

import java.util.Objects;

/**
 * A shared mailbox as a list shows it: read in bulk, without its size, sign-in state or licences, which
 * cost a call each and are read when the mailbox is opened.
 */
public record MailboxEntry(String id, String displayName, String alias, String primarySmtpAddress) {
    public MailboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        alias = alias == null ? "" : alias;
        primarySmtpAddress = primarySmtpAddress == null ? "" : primarySmtpAddress;
    }

    public static MailboxEntry of(Mailbox mailbox) {
        return new MailboxEntry(mailbox.id(), mailbox.displayName(), mailbox.alias(), mailbox.primarySmtpAddress());
    }
}
