package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.Optional;

/** Step 3: what will be created, before anything is. */
public final class ConfirmCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-confirm");

    private ConfirmCard() {}

    public static AdaptiveCard render(Texts texts, String token, String displayName, String address) {
        return render(texts, token, displayName, address, Optional.empty());
    }

    /** With why the last press did not create it (Microsoft 365 busy or unreachable), and the button to try again. */
    public static AdaptiveCard render(
            Texts texts, String token, String displayName, String address, Optional<String> error) {
        return TEMPLATE.bind(
                CardData.withError(
                        CardData.withToken(token)
                                .put("displayName", displayName)
                                .put("address", address),
                        error),
                texts);
    }
}
