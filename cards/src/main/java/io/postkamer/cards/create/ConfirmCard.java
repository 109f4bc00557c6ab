package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;

/** Step 3: what will be created, before anything is. */
public final class ConfirmCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-confirm");

    private ConfirmCard() {
    }

    public static AdaptiveCard render(Texts texts, String token, String displayName, String address) {
        return TEMPLATE.bind(CardData.withToken(token).put("displayName", displayName).put("address", address), texts);
    }
}
