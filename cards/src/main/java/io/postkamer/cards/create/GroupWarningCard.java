package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Group;

/** Shown when a group was picked: automapping does not work through groups, so offer its members instead. */
public final class GroupWarningCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-group");

    private GroupWarningCard() {}

    public static AdaptiveCard render(Texts texts, String token, String groupName, Group.Kind kind, int memberCount) {
        return TEMPLATE.bind(
                CardData.withToken(token)
                        .put(
                                "text",
                                texts.get(
                                        "create.groupStep.text",
                                        groupName,
                                        memberCount,
                                        texts.get("group.kind." + kind.name()))),
                texts);
    }
}
