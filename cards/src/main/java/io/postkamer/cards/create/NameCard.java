package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.NewSharedMailbox;
import java.util.Optional;

/** Step 1: the display name of the new shared mailbox. */
public final class NameCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-name");

    private NameCard() {}

    public static AdaptiveCard render(Texts texts, String token, String displayName, Optional<String> error) {
        return TEMPLATE.bind(
                CardData.withError(
                        CardData.withToken(token)
                                .put("displayName", displayName)
                                .put("maxName", NewSharedMailbox.MAX_CHOSEN_NAME_LENGTH),
                        error),
                texts);
    }
}
