package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Mailbox;

/** Unblocking the mailbox's own account is risky: asked once more, with the reason. */
public final class UnblockConfirmCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-unblock");

    record Data(String id, String question) {}

    private UnblockConfirmCard() {}

    public static AdaptiveCard render(Texts texts, Mailbox mailbox) {
        return TEMPLATE.bind(
                new Data(mailbox.id(), texts.get("manage.unblock.question", mailbox.displayName())), texts);
    }
}
