package io.postkamer.cards;

import io.postkamer.cards.create.AddressCard;
import io.postkamer.cards.create.ConfirmCard;
import io.postkamer.cards.create.GroupWarningCard;
import io.postkamer.cards.create.MembersCard;
import io.postkamer.cards.create.NameCard;
import io.postkamer.cards.create.NoticeCard;
import io.postkamer.cards.create.PermissionsCard;
import io.postkamer.cards.create.ProvisioningCard;
import io.postkamer.cards.create.ResultsCard;
import io.postkamer.cards.create.SignInCard;
import io.postkamer.cards.create.SummaryCard;
import io.postkamer.mailbox.Right;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every screen bound with realistic data, keyed by its template's name. A new template without a
 * sample here fails {@code CardRenderingTest}, so no card escapes the schema and rendering checks.
 */
public final class CardSamples {
    private CardSamples() {
    }

    public static Map<String, AdaptiveCard> all(Texts texts) {
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        cards.put("welcome", WelcomeCard.render(texts, Optional.of("make me a sandwich")));
        cards.put("create-name", NameCard.render(texts, "t1", "", Optional.of(texts.get("problem.DISPLAY_NAME_INVALID"))));
        cards.put("create-address", AddressCard.render(texts, "t1", "Afdeling Marketing", "afdeling.marketing",
                "contoso.com", List.of("contoso.com", "contoso.nl"),
                Optional.of(texts.get("problem.ADDRESS_TAKEN", "marketing@contoso.com"))));
        cards.put("create-confirm", ConfirmCard.render(texts, "t1", "Afdeling Marketing", "marketing@contoso.com"));
        cards.put("create-provisioning", ProvisioningCard.render(texts, "t1", "Afdeling Marketing",
                "marketing@contoso.com", 3, List.of("3698c9a7-0210-47ec-80eb-4360e0abd6f0")));
        cards.put("create-members", MembersCard.render(texts, "t1", "Afdeling Marketing",
                List.of(new MembersCard.Choice("Flip Schoonen", "291d3957-a94a-4d01-b0be-52a317710a3d"),
                        new MembersCard.Choice("Ger Verbeek", "fc654dab-7509-4ccd-b23e-187f1fd03e42"),
                        new MembersCard.Choice("Marketing Team", "77e8780b-715a-48ea-97c2-b5b72a3f85df")),
                List.of("291d3957-a94a-4d01-b0be-52a317710a3d"), Optional.empty()));
        cards.put("create-group", GroupWarningCard.render(texts, "t1", "Marketing Team", 4));
        cards.put("create-permissions", PermissionsCard.render(texts, "t1", List.of(
                new PermissionsCard.MemberRights("Flip Schoonen", true, true, true, false),
                new PermissionsCard.MemberRights("Ger Verbeek", false, true, false, true)), true));
        cards.put("create-results", ResultsCard.render(texts, "t1", List.of(
                new ResultsCard.Line("Flip Schoonen", Right.FULL_ACCESS, ResultsCard.Outcome.MADE, ""),
                new ResultsCard.Line("Flip Schoonen", Right.SEND_AS, ResultsCard.Outcome.ALREADY_SO, ""),
                new ResultsCard.Line("Ger Verbeek", Right.SEND_ON_BEHALF, ResultsCard.Outcome.FAILED,
                        texts.get("problem.THROTTLED", "Exchange", "30")))));
        cards.put("create-signin", SignInCard.render(texts, "t1", false, Optional.empty()));
        cards.put("create-summary", SummaryCard.render(texts, "Afdeling Marketing", "marketing@contoso.com", List.of(
                new SummaryCard.Member("Flip Schoonen", List.of(Right.FULL_ACCESS, Right.SEND_AS), true),
                new SummaryCard.Member("Ger Verbeek", List.of(Right.SEND_ON_BEHALF), false)), true));
        cards.put("notice", NoticeCard.render(texts, NoticeCard.Tone.WARNING, texts.get("problem.NOT_AUTHORISED", "Flip"),
                List.of(texts.get("problem.HYBRID_ORGANISATION"))));
        return cards;
    }
}
