package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;

/** Shown when a security group was picked: automapping does not work through groups. */
public final class GroupWarningCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-group");

    private GroupWarningCard() {
    }

    public static AdaptiveCard render(Texts texts, String token, String groupName, int memberCount) {
        return TEMPLATE.bind(CardData.withToken(token)
                .put("text", texts.get("create.groupStep.text", groupName, memberCount)), texts);
    }
}
