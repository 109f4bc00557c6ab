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
    /**
     * Names and addresses may be 256 and 320 characters long; a page of twenty such, each shown twice (the finder's
     * choices and the rows), would pass Teams' card size. Longer ones are cut: the overview shows them whole.
     */
    static final int SHOWN = 100;

    record Row(String id, String name, String address) {}

    record Data(boolean hasMailboxes, List<Row> mailboxes, String openTitle, boolean hasMore, String after) {}

    private MailboxListCard() {}

    private static String shortened(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1).stripTrailing() + "…";
    }

    public static AdaptiveCard render(Texts texts, MailboxPage page) {
        List<Row> rows = page.mailboxes().stream()
                .map(mailbox -> new Row(
                        mailbox.id(), shortened(mailbox.displayName()), shortened(mailbox.primarySmtpAddress())))
                .toList();
        return TEMPLATE.bind(
                new Data(
                        !rows.isEmpty(),
                        rows,
                        texts.get("manage.list.open"),
                        page.next().isPresent(),
                        page.next().orElse("")),
                texts);
    }
}
