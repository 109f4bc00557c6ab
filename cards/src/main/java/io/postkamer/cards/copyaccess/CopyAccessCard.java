package io.postkamer.cards.copyaccess;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which mailboxes' access is copied: every shared mailbox where the source holds a right, one switch each (all on),
 * with the rights the target would get and those the target holds already (skipped); the mailboxes where the
 * target holds everything already, and those that could not be read, are said too.
 */
public final class CopyAccessCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("copy-access");
    /** The id of a mailbox's switch: the prefix, then the mailbox's id. */
    public static final String CHOSEN = "copy.";

    /** What the read found: the people, the mailboxes to choose from, and the rest. */
    public record Offer(
            String token,
            String sourceId,
            String sourceName,
            String targetId,
            String targetName,
            List<Choice> choices,
            List<String> alreadyComplete,
            List<String> unread,
            int mailboxesRead,
            Duration readAgo) {
        public Offer {
            choices = List.copyOf(choices);
            alreadyComplete = List.copyOf(alreadyComplete);
            unread = List.copyOf(unread);
        }
    }

    /** One shared mailbox where the source holds a right the target does not. */
    public record Choice(
            String mailboxId, String name, String address, boolean hidden, List<Right> toGive, List<Right> held) {
        public Choice {
            toGive = List.copyOf(toGive);
            held = List.copyOf(held);
        }

        public static Choice of(Mailbox mailbox, List<Right> toGive, List<Right> held) {
            return new Choice(
                    mailbox.id(),
                    mailbox.displayName(),
                    mailbox.primarySmtpAddress(),
                    mailbox.hiddenFromAddressLists(),
                    toGive,
                    held);
        }
    }

    record Row(String id, String name, String copies, boolean hasHeld, String held, boolean hidden) {}

    record Data(
            String title,
            String freshness,
            boolean hasRows,
            List<Row> rows,
            boolean hasNothing,
            String nothing,
            boolean hasComplete,
            String complete,
            boolean hasUnread,
            String unread,
            String token,
            String source,
            String target) {}

    private CopyAccessCard() {}

    public static AdaptiveCard render(Texts texts, Offer offer) {
        List<Row> rows = offer.choices().stream()
                .map(choice -> new Row(
                        CHOSEN + choice.mailboxId(),
                        texts.get("copy.card.mailbox", choice.name(), choice.address()),
                        texts.get("copy.card.toGive", rights(texts, choice.toGive())),
                        !choice.held().isEmpty(),
                        texts.get("copy.card.held", offer.targetName(), rights(texts, choice.held())),
                        choice.hidden()))
                .toList();
        boolean nothing = rows.isEmpty();
        return TEMPLATE.bind(
                new Data(
                        texts.get("copy.card.title", offer.targetName(), offer.sourceName()),
                        texts.get(
                                "copy.card.read",
                                texts.agoInMinutes(offer.readAgo()),
                                String.format(texts.locale(), "%,d", offer.mailboxesRead())),
                        !nothing,
                        rows,
                        nothing,
                        offer.alreadyComplete().isEmpty()
                                ? texts.get("copy.card.nothing", offer.sourceName())
                                : texts.get("copy.card.nothingLeft", offer.targetName(), offer.sourceName()),
                        !offer.alreadyComplete().isEmpty(),
                        texts.get("copy.card.complete", offer.targetName(), String.join(", ", offer.alreadyComplete())),
                        !offer.unread().isEmpty(),
                        texts.get("copy.card.unread", String.join(", ", offer.unread())),
                        offer.token(),
                        offer.sourceId(),
                        offer.targetId()),
                texts);
    }

    /** Rights by name, in the order of {@link Right}. */
    static String rights(Texts texts, List<Right> rights) {
        return rights.stream()
                .sorted()
                .map(right -> texts.get("right." + right + ".name"))
                .collect(Collectors.joining(", "));
    }
}
