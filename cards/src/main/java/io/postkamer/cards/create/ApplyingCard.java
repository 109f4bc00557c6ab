package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/**
 * The rights are being granted and it takes longer than a turn: how far it is, changed in place as it
 * goes, until the results replace it.
 */
public final class ApplyingCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-applying");

    private ApplyingCard() {}

    public static AdaptiveCard render(
            Texts texts, String token, String displayName, int done, int total, List<String> refreshForUserIds) {
        ObjectNode data = CardData.withToken(token)
                .put("progress", texts.get("create.applyingStep.progress", displayName, done, total))
                .put("leave", texts.get("create.applyingStep.leave"));
        ArrayNode userIds = data.putArray("adminIds");
        refreshForUserIds.forEach(userIds::add);
        return TEMPLATE.bind(data, texts);
    }
}
