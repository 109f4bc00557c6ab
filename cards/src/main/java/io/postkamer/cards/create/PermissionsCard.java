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

    /** The toggles of one member as they are shown. */
    public record MemberRights(
            String name, boolean fullAccess, boolean autoMapping, boolean sendAs, boolean sendOnBehalf) {}

    private PermissionsCard() {}

    public static String inputId(int memberIndex, String toggle) {
        return "m" + memberIndex + "." + toggle;
    }

    public static AdaptiveCard render(
            Texts texts, String token, List<MemberRights> members, boolean hiddenFromAddressLists) {
        ObjectNode data = CardData.withToken(token).put("hidden", hiddenFromAddressLists);
        ArrayNode array = data.putArray("members");
        for (int i = 0; i < members.size(); i++) {
            MemberRights member = members.get(i);
            array.addObject()
                    .put("name", member.name())
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
