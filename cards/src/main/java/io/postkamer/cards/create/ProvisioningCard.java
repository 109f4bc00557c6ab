package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/**
 * Step 4: the mailbox is being created. Teams refreshes the card by itself for the admins listed in
 * {@code refresh.userIds}; everyone else has the "check again" button.
 */
public final class ProvisioningCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-provisioning");

    private ProvisioningCard() {}

    public static AdaptiveCard render(
            Texts texts, String token, String displayName, String address, int checks, List<String> refreshForUserIds) {
        String text = checks == 0
                ? texts.get("create.provisioningStep.text", displayName, address)
                : texts.get("create.provisioningStep.stillWaiting", displayName, address, checks);
        ObjectNode data = CardData.withToken(token)
                .put("text", text)
                .put("leave", texts.get("create.provisioningStep.leave", displayName));
        ArrayNode userIds = data.putArray("adminIds");
        refreshForUserIds.forEach(userIds::add);
        return TEMPLATE.bind(data, texts);
    }
}
