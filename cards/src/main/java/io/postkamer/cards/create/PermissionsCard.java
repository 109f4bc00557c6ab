package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/**
 * Step 6: the rights of each chosen member. Input ids are {@code m<index>.<right>}, so that they stay
 * valid whatever characters a directory id holds; {@link #inputId} says which is which.
 */
public final class PermissionsCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-permissions");

    /** The input of the switch that keeps copies of sent mail in the mailbox's Sent Items. */
    public static final String SENT_ITEMS = "sentItems";

    /** The toggles of one member as they are shown; a group is offered Full Access and Send As only. */
    public record MemberRights(
            String name, boolean fullAccess, boolean autoMapping, boolean sendAs, boolean sendOnBehalf, boolean group) {
        public MemberRights(
                String name, boolean fullAccess, boolean autoMapping, boolean sendAs, boolean sendOnBehalf) {
            this(name, fullAccess, autoMapping, sendAs, sendOnBehalf, false);
        }
    }

    private PermissionsCard() {}

    public static String inputId(int memberIndex, String toggle) {
        return "m" + memberIndex + "." + toggle;
    }

    public static AdaptiveCard render(
            Texts texts, String token, List<MemberRights> members, boolean hiddenFromAddressLists) {
        return render(texts, token, members, hiddenFromAddressLists, true);
    }

    public static AdaptiveCard render(
            Texts texts,
            String token,
            List<MemberRights> members,
            boolean hiddenFromAddressLists,
            boolean keepSentItems) {
        ObjectNode data = CardData.withToken(token)
                .put("hidden", hiddenFromAddressLists)
                .put("sentItemsId", SENT_ITEMS)
                .put("sentItems", Boolean.toString(keepSentItems));
        ArrayNode array = data.putArray("members");
        for (int i = 0; i < members.size(); i++) {
            MemberRights member = members.get(i);
            array.addObject()
                    .put("name", member.group() ? texts.get("group.named", member.name()) : member.name())
                    .put("group", member.group())
                    .put("fullAccessId", inputId(i, "fullAccess"))
                    .put("fullAccess", Boolean.toString(member.fullAccess()))
                    .put("autoMappingId", inputId(i, "autoMapping"))
                    .put("autoMapping", Boolean.toString(member.autoMapping()))
                    .put("sendAsId", inputId(i, "sendAs"))
                    .put("sendAs", Boolean.toString(member.sendAs()))
                    .put("sendOnBehalfId", inputId(i, "sendOnBehalf"))
                    .put("sendOnBehalf", Boolean.toString(member.sendOnBehalf()));
        }
        return TEMPLATE.bind(data, texts);
    }
}
