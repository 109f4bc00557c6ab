package io.postkamer.cards;

import java.util.Map;

/**
 * What a turn shows when Microsoft 365 takes longer than a person waits: that the bot is at it, and that this
 * card turns into the answer. It names nothing from the turn, so it can be shown from any point of it.
 */
public final class WorkingCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("working");

    private WorkingCard() {}

    public static AdaptiveCard render(Texts texts) {
        return TEMPLATE.bind(Map.of(), texts);
    }
}
