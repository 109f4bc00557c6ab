package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.MailboxPage;
import java.util.List;

/**
 * A page of the organisation's shared mailboxes, each with a button to its overview, a finder that
 * searches all of them, and "More" while there are more: never the whole tenant in one card.
 */
public final class MailboxListCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-list");

    record Row(String id, String name, String address) {
    }

    record Data(boolean hasMailboxes, List<Row> mailboxes, String openTitle, boolean hasMore, String after) {
    }

    private MailboxListCard() {
    }

    public static AdaptiveCard render(Texts texts, MailboxPage page) {
        List<Row> rows = page.mailboxes().stream()
                .map(mailbox -> new Row(mailbox.id(), mailbox.displayName(), mailbox.primarySmtpAddress())).toList();
        return TEMPLATE.bind(new Data(!rows.isEmpty(), rows, texts.get("manage.list.open"), page.next().isPresent(),
                page.next().orElse("")), texts);
    }
}
