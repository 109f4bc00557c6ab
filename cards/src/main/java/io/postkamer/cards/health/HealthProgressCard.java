package io.postkamer.cards.health;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;

/**
 * Work on the shared mailboxes that takes longer than a turn, a report being made or sign-in blocked for many: how
 * far it is, changed in place as it goes, until the report replaces it.
 */
public final class HealthProgressCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("health-progress");

    /** What is under way. */
    public enum Work {
        REPORT,
        BLOCKING
    }

    record Data(String title, String progress) {}

    private HealthProgressCard() {}

    /** {@code found} is 0 while the mailboxes are still being listed. */
    public static AdaptiveCard render(Texts texts, Work work, int done, int found) {
        String progress = found == 0
                ? texts.get("health.progress.listing")
                : texts.get(
                        "health.progress.count",
                        String.format(texts.locale(), "%,d", done),
                        String.format(texts.locale(), "%,d", found));
        return TEMPLATE.bind(new Data(texts.get("health.progress." + work), progress), texts);
    }
}
