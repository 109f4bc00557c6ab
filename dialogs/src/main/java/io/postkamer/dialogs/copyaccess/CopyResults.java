package io.postkamer.dialogs.copyaccess;

import io.postkamer.cards.Texts;
import io.postkamer.cards.copyaccess.CopyResultCard;
import io.postkamer.mailbox.Right;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every offered mailbox's outcome as kept, in the reader's words; those not chosen said as left alone. */
final class CopyResults {
    private CopyResults() {}

    static List<CopyResultCard.Outcome> of(CopyOffer offer, Texts texts) {
        return offer.choices().map(CopyChoices::choices).orElse(List.of()).stream()
                .map(choice -> {
                    CopyOutcome outcome = offer.outcomes().get(CopyOffer.key(choice.mailboxId()));
                    if (outcome == null) {
                        return new CopyResultCard.Outcome(choice.name(), false, List.of(), List.of(), Map.of(), "");
                    }
                    Map<Right, String> failed = new EnumMap<>(Right.class);
                    outcome.failed().forEach((right, why) -> failed.put(right, why.in(texts)));
                    return new CopyResultCard.Outcome(
                            choice.name(),
                            true,
                            outcome.granted(),
                            outcome.held(),
                            failed,
                            outcome.refused().map(why -> why.in(texts)).orElse(""));
                })
                .toList();
    }
}
