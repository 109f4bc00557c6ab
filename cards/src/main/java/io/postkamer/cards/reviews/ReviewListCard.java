package io.postkamer.cards.reviews;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/** The access reviews, latest first: what each one covers and how far it is, in words. */
public final class ReviewListCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("review-list");

    /** @param heading "#3 · All shared mailboxes", @param line who started it, its deadline and its counts */
    public record Line(String heading, String line) {}

    record Data(List<Line> reviews) {}

    private ReviewListCard() {}

    public static AdaptiveCard render(Texts texts, List<Line> reviews) {
        return TEMPLATE.bind(new Data(reviews), texts);
    }
}
