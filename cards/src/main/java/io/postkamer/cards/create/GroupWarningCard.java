package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Group;

/**
 * Shown when a group was picked. A mail-enabled security group can be given Full Access and Send As itself (automapping
 * does not work through it, so its members add the mailbox by hand), or its members added one by one; any other
 * group only the latter, as Exchange gives it no rights on a mailbox.
 */
public final class GroupWarningCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-group");

    private GroupWarningCard() {}

    public static AdaptiveCard render(Texts texts, String token, String groupName, Group.Kind kind, int memberCount) {
        boolean grantable = kind == Group.Kind.MAIL_ENABLED_SECURITY;
        return TEMPLATE.bind(
                CardData.withToken(token)
                        .put("grantable", grantable)
                        .put(
                                "text",
                                texts.get(
                                        grantable
                                                ? "create.groupStep.textGrantable"
                                                : "create.groupStep.textNotGrantable",
                                        groupName,
                                        memberCount,
                                        texts.get("group.kind." + kind.name())))
                        .put("why", texts.get(grantable ? "create.groupStep.caveat" : "create.groupStep.why")),
                texts);
    }
}
