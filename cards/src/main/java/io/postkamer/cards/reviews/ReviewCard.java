package io.postkamer.cards.reviews;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;
import java.util.Optional;

/**
 * One mailbox of an access review, as its reviewers see it: each member's right with what is known of it, Keep or
 * Remove for each while the review is open, and Keep all / Done. Teams asks the bot again for each reviewer
 * ({@code refresh.userIds}), so every reviewer sees the decisions as they are now.
 */
public final class ReviewCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("review-card");

    /**
     * One right to decide on.
     *
     * @param heading "Ger Verbeek · Send As"
     * @param facts   when and by whom it was granted, the member's last sign-in: what is known, in words
     * @param state   the decision or what came of it, in words
     */
    public record Row(long item, String heading, String facts, String state, boolean open) {}

    record Data(
            long review,
            String mailbox,
            String title,
            String intro,
            boolean hasNotice,
            String notice,
            List<Row> rows,
            boolean open,
            List<String> refreshFor) {}

    private ReviewCard() {}

    /**
     * @param open       decisions may still be made (the review is open and nobody completed this mailbox)
     * @param refreshFor Teams user ids (29:…) of the reviewers Teams refreshes the card for
     */
    public static AdaptiveCard render(
            Texts texts,
            long review,
            String mailboxId,
            String title,
            String intro,
            Optional<String> notice,
            List<Row> rows,
            boolean open,
            List<String> refreshFor) {
        List<Row> shown = rows.stream()
                .map(row -> new Row(row.item(), row.heading(), row.facts(), row.state(), open && row.open()))
                .toList();
        AdaptiveCard card = TEMPLATE.bind(
                new Data(
                        review,
                        mailboxId,
                        title,
                        intro,
                        notice.isPresent(),
                        notice.orElse(""),
                        shown,
                        open,
                        refreshFor),
                texts);
        // Teams warns of an empty list of people to refresh for, and of an empty row of buttons.
        ObjectNode content = (ObjectNode) card.content();
        if (refreshFor.isEmpty()) {
            content.remove("refresh");
        }
        if (!open) {
            content.remove("actions");
        }
        return card;
    }
}
