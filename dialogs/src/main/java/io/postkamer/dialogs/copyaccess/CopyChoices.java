package io.postkamer.dialogs.copyaccess;

import io.postkamer.cards.copyaccess.CopyAccessCard.Choice;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TenantHealthFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the bulk read says there is to copy, as the card shows it and a press is checked against: each shared mailbox
 * where the source holds a right the target lacks, with what the target holds already; the mailboxes where the target
 * holds all of it; those not read; and when the read ended.
 */
public record CopyChoices(List<Choice> choices, List<String> complete, List<String> unread, int read, Instant readAt) {
    public CopyChoices {
        choices = List.copyOf(choices);
        complete = List.copyOf(complete);
        unread = List.copyOf(unread);
    }

    static CopyChoices of(TenantHealthFacts facts, String sourceId, String targetId, Instant readAt) {
        List<Choice> choices = new ArrayList<>();
        List<String> complete = new ArrayList<>();
        for (SharedMailboxFacts mailbox : facts.mailboxes()) {
            Set<Right> source = rightsOf(mailbox.permissions(), sourceId);
            if (source.isEmpty()) {
                continue;
            }
            Set<Right> target = rightsOf(mailbox.permissions(), targetId);
            Set<Right> toGive = EnumSet.copyOf(source);
            toGive.removeAll(target);
            Set<Right> held = EnumSet.copyOf(source);
            held.retainAll(target);
            if (toGive.isEmpty()) {
                complete.add(mailbox.mailbox().displayName());
            } else {
                choices.add(Choice.of(mailbox.mailbox(), List.copyOf(toGive), List.copyOf(held)));
            }
        }
        List<String> unread =
                facts.unread().stream().map(MailboxEntry::displayName).toList();
        return new CopyChoices(choices, complete, unread, facts.mailboxes().size() + unread.size(), readAt);
    }

    /** The rights a trustee holds, of the permissions given (a person's or the rights a mailbox lists). */
    static Set<Right> rightsOf(List<HeldPermission> permissions, String trusteeId) {
        Set<Right> rights = EnumSet.noneOf(Right.class);
        permissions.stream()
                .filter(permission -> permission.isHeldBy(trusteeId))
                .forEach(permission -> rights.add(permission.right()));
        return rights;
    }

    boolean offers(String mailboxId) {
        return choices.stream().anyMatch(choice -> choice.mailboxId().equalsIgnoreCase(mailboxId));
    }
}
