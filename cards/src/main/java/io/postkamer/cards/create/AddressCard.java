package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;
import java.util.Optional;

/** Step 2: the proposed address; the alias can be edited and another accepted domain chosen. */
public final class AddressCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-address");

    private AddressCard() {}

    public static AdaptiveCard render(
            Texts texts,
            String token,
            String displayName,
            String alias,
            String domain,
            List<String> acceptedDomains,
            Optional<String> error) {
        ObjectNode data = CardData.withToken(token)
                .put("intro", texts.get("create.addressStep.intro", displayName))
                .put("alias", alias)
                .put("domain", domain);
        ArrayNode domains = data.putArray("domains");
        acceptedDomains.forEach(name -> domains.addObject().put("title", name).put("value", name));
        return TEMPLATE.bind(CardData.withError(data, error), texts);
    }
}
