package io.postkamer.cards.copyaccess;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;

/**
 * A copy that takes longer than a turn, the tenant being read or the rights being granted: how far it is, changed in
 * place as it goes, until the choice or the outcome takes its place.
 */
public final class CopyProgressCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("copy-progress");

    /** What is under way. */
    public enum Work {
        READING,
        GRANTING
    }

    record Data(String title, String progress, String token) {}

    private CopyProgressCard() {}

    /** {@code of} is 0 while that is not known yet (the mailboxes are still being listed). */
    public static AdaptiveCard render(Texts texts, Work work, String token, int done, int of) {
        String progress = of == 0
                ? texts.get("copy.progress.starting")
                : texts.get(
                        "copy.progress.count",
                        String.format(texts.locale(), "%,d", done),
                        String.format(texts.locale(), "%,d", of));
        return TEMPLATE.bind(new Data(texts.get("copy.progress." + work), progress, token), texts);
    }
}
