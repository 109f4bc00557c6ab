package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Mailbox;

/**
 * A shared mailbox as someone sees it who neither runs it nor uses it: its name and address, and how to
 * ask for access. Its members, rights, licences and sign-in state are for administrators, owners and members.
 */
public final class MailboxPublicCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-public");

    record Data(String id, String name, String address, String text) {}

    private MailboxPublicCard() {}

    public static AdaptiveCard render(Texts texts, Mailbox mailbox) {
        return TEMPLATE.bind(
                new Data(
                        mailbox.id(),
                        mailbox.displayName(),
                        mailbox.primarySmtpAddress(),
                        texts.get("manage.public.text", mailbox.displayName())),
                texts);
    }
}
