package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/** The audit trail of one mailbox, newest first: when, who, what changed, how it ended. */
public final class HistoryCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-history");

    /** One line of the trail, already in the reader's words. */
    public record Entry(String when, String who, String what, String outcome, boolean problem) {}

    record Line(String when, String who, String what, String outcome, String color) {}

    record Data(String id, String title, boolean hasEntries, List<Line> entries) {}

    private HistoryCard() {}

    public static AdaptiveCard render(Texts texts, String mailboxId, String mailboxName, List<Entry> entries) {
        return TEMPLATE.bind(
                new Data(
                        mailboxId,
                        texts.get("manage.history.title", mailboxName),
                        !entries.isEmpty(),
                        entries.stream()
                                .map(entry -> new Line(
                                        entry.when(),
                                        entry.who(),
                                        entry.what(),
                                        entry.outcome(),
                                        entry.problem() ? "Attention" : "Good"))
                                .toList()),
                texts);
    }
}
