package io.postkamer.mailbox;

import java.util.List;
import java.util.Optional;

/**
 * One page of a tenant's shared mailboxes, and where the next begins.
 *
 * @param next what to ask for the next page with ({@link MailboxService#sharedMailboxes(int, Optional)}); empty
 *             on the last page. It is opaque: a client shows it to nobody and the service checks it.
 */
public record MailboxPage(List<MailboxEntry> mailboxes, Optional<String> next) {
    public MailboxPage {
        mailboxes = List.copyOf(mailboxes);
    }
}
