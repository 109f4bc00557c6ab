package io.postkamer.cards.reviews;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.time.LocalDate;

/** Before an access review starts: its deadline and what happens to rights nobody decided on. */
public final class ReviewStartCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("review-start");

    /** @param mailbox the mailbox to review, empty for every shared mailbox */
    record Data(String title, String mailbox, String deadline, String earliest) {}

    private ReviewStartCard() {}

    public static AdaptiveCard render(
            Texts texts, String title, String mailbox, LocalDate proposed, LocalDate earliest) {
        return TEMPLATE.bind(new Data(title, mailbox, proposed.toString(), earliest.toString()), texts);
    }
}
