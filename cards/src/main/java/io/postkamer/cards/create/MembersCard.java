package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;
import java.util.Optional;

/**
 * Step 5: the people picker. Teams asks the bot's {@code postkamer.people} dataset as the admin types;
 * the static choices are what other clients show.
 */
public final class MembersCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-members");

    /** One choice in the picker: a person's or group's name and directory id. */
    public record Choice(String title, String value) {}

    private MembersCard() {}

    public static AdaptiveCard render(
            Texts texts,
            String token,
            String displayName,
            List<Choice> choices,
            List<String> selectedIds,
            Optional<String> error) {
        ObjectNode data = CardData.withToken(token)
                .put("intro", texts.get("create.membersStep.intro", displayName))
                .put("selected", String.join(",", selectedIds));
        ArrayNode array = data.putArray("choices");
        choices.forEach(choice -> array.addObject().put("title", choice.title()).put("value", choice.value()));
        return TEMPLATE.bind(CardData.withError(data, error), texts);
    }
}
