package io.postkamer.cards.requests;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.NewSharedMailbox;
import java.util.List;
import java.util.Optional;

/** Asking for a new shared mailbox: its name, what it is for, and who should be in it. */
public final class NewMailboxRequestCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("request-new");

    private NewMailboxRequestCard() {}

    /** {@code people} are listed where a client cannot search the directory (the picker searches where it can). */
    public static AdaptiveCard render(
            Texts texts, String name, String purpose, List<RequestFormCard.Choice> people, Optional<String> error) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        var choices = data.putArray("choices");
        people.forEach(
                person -> choices.addObject().put("title", person.title()).put("value", person.value()));
        data.put("name", name)
                .put("maxName", NewSharedMailbox.MAX_CHOSEN_NAME_LENGTH)
                .put("purpose", purpose)
                .put("hasError", error.isPresent())
                .put("error", error.orElse(""));
        return TEMPLATE.bind(data, texts);
    }
}
