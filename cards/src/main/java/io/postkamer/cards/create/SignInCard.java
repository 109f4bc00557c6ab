package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.Optional;

/** Step 8: block sign-in of the mailbox's own account, with the reason. */
public final class SignInCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-signin");

    private SignInCard() {}

    public static AdaptiveCard render(Texts texts, String token, boolean alreadyBlocked, Optional<String> error) {
        return TEMPLATE.bind(
                CardData.withError(CardData.withToken(token).put("alreadyBlocked", alreadyBlocked), error), texts);
    }
}
