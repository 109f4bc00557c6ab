package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Mailbox;
import java.util.List;

/**
 * The wizard is over but the mailbox it was about exists: a card of that wizard pressed later, or the wizard
 * stopped after the mailbox was made. Says so, shows the mailbox as it is now, and opens its overview rather
 * than asking to start again.
 */
public final class MailboxExistsCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-exists");

    private MailboxExistsCard() {}

    public static AdaptiveCard render(Texts texts, String title, List<String> lines, Mailbox mailbox) {
        var data = CardData.withToken("")
                .put("title", title)
                .put("id", mailbox.id())
                .put("displayName", mailbox.displayName())
                .put("address", mailbox.primarySmtpAddress())
                .put(
                        "signIn",
                        texts.get(
                                mailbox.account().signInBlocked()
                                        ? "create.summary.signInBlocked"
                                        : "create.summary.signInOpen"));
        CardData.texts(data, "lines", lines);
        return TEMPLATE.bind(data, texts);
    }
}
