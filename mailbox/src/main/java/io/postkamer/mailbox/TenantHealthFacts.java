package io.postkamer.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a health report of the shared mailboxes is made from, read in bulk: the facts of every shared mailbox
 * asked for, and the mailboxes that were found but could not be read (a read that failed for good on one mailbox
 * does not cost the report of all the others).
 */
public record TenantHealthFacts(List<SharedMailboxFacts> mailboxes, List<MailboxEntry> unread) {
    public TenantHealthFacts {
        mailboxes = List.copyOf(mailboxes);
        unread = List.copyOf(unread);
    }

    public Optional<SharedMailboxFacts> of(String mailboxId) {
        return mailboxes.stream()
                .filter(facts -> facts.id().equalsIgnoreCase(mailboxId))
                .findFirst();
    }

    /** The same facts with this mailbox's replaced (or added): what a report shows after a change to it. */
    public TenantHealthFacts with(SharedMailboxFacts changed) {
        List<SharedMailboxFacts> all = new ArrayList<>(mailboxes.size() + 1);
        boolean replaced = false;
        for (SharedMailboxFacts facts : mailboxes) {
            if (facts.id().equalsIgnoreCase(changed.id())) {
                all.add(changed);
                replaced = true;
            } else {
                all.add(facts);
            }
        }
        if (!replaced) {
            all.add(changed);
        }
        return new TenantHealthFacts(all, unread);
    }
}
