package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Mailbox;
import java.util.List;

/** The organisation's shared mailboxes, each with a button to its overview. */
public final class MailboxListCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-list");

    record Row(String id, String name, String address) {
    }

    record Data(boolean hasMailboxes, List<Row> mailboxes, String openTitle) {
    }

    private MailboxListCard() {
    }

    public static AdaptiveCard render(Texts texts, List<Mailbox> mailboxes) {
        List<Row> rows = mailboxes.stream()
                .map(mailbox -> new Row(mailbox.id(), mailbox.displayName(), mailbox.primarySmtpAddress())).toList();
        return TEMPLATE.bind(new Data(!rows.isEmpty(), rows, texts.get("manage.list.open")), texts);
    }
}
