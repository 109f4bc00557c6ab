package io.postkamer.dialogs.create;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import java.util.Optional;

/**
 * What a wizard's card says about its mailbox, so that the card can still be answered when the wizard is over:
 * each of its buttons carries the mailbox it is about (its id once made, the address it is to get before). Read
 * back only as a name to look up: the answer reads the mailbox from the tenant and checks it like any press.
 */
final class WizardCards {
    /** The data key of the mailbox a button is about, as on the mailbox screens' buttons. */
    static final String MAILBOX = "mailbox";

    private WizardCards() {}

    /** The card with the mailbox in every button that carries the step token; the card as it was without one. */
    static AdaptiveCard about(AdaptiveCard card, CreateMailbox state) {
        Optional<String> mailbox = mailboxOf(state);
        if (mailbox.isEmpty()) {
            return card;
        }
        JsonNode content = card.content().deepCopy();
        stamp(content, mailbox.get());
        return new AdaptiveCard(content);
    }

    private static Optional<String> mailboxOf(CreateMailbox state) {
        if (state.isCreated()) {
            return Optional.of(state.mailboxId());
        }
        return state.alias().isEmpty() || state.domain().isEmpty()
                ? Optional.empty()
                : Optional.of(state.alias() + "@" + state.domain());
    }

    private static void stamp(JsonNode node, String mailbox) {
        if (node.isObject()
                && node.path("type").asText().equals("Action.Execute")
                && node.path("data").has("token")) {
            ((ObjectNode) node.get("data")).put(MAILBOX, mailbox);
        }
        node.forEach(child -> stamp(child, mailbox));
    }
}
