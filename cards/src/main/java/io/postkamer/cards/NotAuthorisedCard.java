package io.postkamer.cards;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The answer to someone who may not create or change shared mailboxes: the admin centre's words, and instead of
 * "ask your helpdesk" the requests they can make here, a new mailbox or access to one.
 */
public final class NotAuthorisedCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("not-authorised");

    private NotAuthorisedCard() {}

    public static AdaptiveCard render(Texts texts) {
        return TEMPLATE.bind(JsonNodeFactory.instance.objectNode(), texts);
    }
}
