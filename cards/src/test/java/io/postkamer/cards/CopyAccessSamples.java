package io.postkamer.cards;

import io.postkamer.cards.CardSamples.Sample;
import io.postkamer.cards.copyaccess.CopyAccessCard;
import io.postkamer.cards.copyaccess.CopyProgressCard;
import io.postkamer.cards.copyaccess.CopyResultCard;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The cards of copying mailbox access, with the parts their {@code $when}s hide. */
final class CopyAccessSamples {
    private CopyAccessSamples() {}

    static List<Sample> all() {
        return List.of(
                new Sample(
                        "copy-access",
                        "",
                        texts -> CopyAccessCard.render(texts, offer(choices(), List.of("Facturen")))),
                new Sample(
                        "copy-access", "nothing", texts -> CopyAccessCard.render(texts, offer(List.of(), List.of()))),
                new Sample(
                        "copy-progress",
                        "",
                        texts -> CopyProgressCard.render(texts, CopyProgressCard.Work.READING, "t1", 1200, 2000)),
                new Sample(
                        "copy-progress",
                        "granting",
                        texts -> CopyProgressCard.render(texts, CopyProgressCard.Work.GRANTING, "t1", 0, 0)),
                new Sample(
                        "copy-result",
                        "",
                        texts -> CopyResultCard.render(
                                texts,
                                "Flip Schoonen",
                                "Ger Verbeek",
                                List.of(
                                        new CopyResultCard.Outcome(
                                                "Ontvangstgebouw 32",
                                                true,
                                                List.of(Right.SEND_AS),
                                                List.of(Right.FULL_ACCESS),
                                                Map.of(Right.SEND_ON_BEHALF, "Microsoft 365 did not answer in time."),
                                                ""),
                                        new CopyResultCard.Outcome(
                                                "Facturen",
                                                true,
                                                List.of(),
                                                List.of(),
                                                Map.of(),
                                                "Flip Schoonen has no rights on Facturen."),
                                        new CopyResultCard.Outcome(
                                                "Klantenservice", false, List.of(), List.of(), Map.of(), "")))));
    }

    private static CopyAccessCard.Offer offer(List<CopyAccessCard.Choice> choices, List<String> complete) {
        return new CopyAccessCard.Offer(
                "t1",
                "291d3957-a94a-4d01-b0be-52a317710a3d",
                "Flip Schoonen",
                "fc654dab-7509-4ccd-b23e-187f1fd03e42",
                "Ger Verbeek",
                choices,
                complete,
                List.of("Archief 2019"),
                2000,
                Duration.ofMinutes(3));
    }

    private static List<CopyAccessCard.Choice> choices() {
        return List.of(
                CopyAccessCard.Choice.of(
                        shared("31652c84-4fd0-4b22-940a-9ce4af7611f1", "Ontvangstgebouw 32", "receptie32", false),
                        List.of(Right.SEND_AS),
                        List.of(Right.FULL_ACCESS)),
                CopyAccessCard.Choice.of(
                        shared("6e21c7a2-c91f-40a8-a7c0-be8246e439b5", "Klantenservice", "klantenservice", true),
                        List.of(Right.FULL_ACCESS, Right.SEND_ON_BEHALF),
                        List.of()));
    }

    private static Mailbox shared(String id, String name, String alias, boolean hidden) {
        return new Mailbox(
                id,
                name,
                alias,
                alias + "@contoso.com",
                MailboxKind.SHARED,
                hidden,
                ProvisioningState.READY,
                new MailboxAccount(id, true, List.of()),
                new MailboxStorage(2_000_000_000L, false, false));
    }
}
