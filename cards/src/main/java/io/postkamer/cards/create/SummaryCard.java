package io.postkamer.cards.create;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.SentItemsWords;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SentItemsCopies;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The end: address, members and their rights, sign-in, what the members should know, and what to do next: open
 * the mailbox, its calendar, and block sign-in while it is not blocked (with the reason).
 */
public final class SummaryCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("create-summary");

    /** A member and the rights they hold now; {@code autoMapping} only counts with Full Access, never for a group. */
    public record Member(String name, List<Right> rights, AutoMapping autoMapping, boolean group) {
        public Member {
            rights = List.copyOf(rights);
        }

        public Member(String name, List<Right> rights, AutoMapping autoMapping) {
            this(name, rights, autoMapping, false);
        }
    }

    private SummaryCard() {}

    public static AdaptiveCard render(
            Texts texts,
            String mailboxId,
            String displayName,
            String address,
            List<Member> members,
            boolean signInBlocked) {
        return render(texts, mailboxId, displayName, address, members, signInBlocked, SentItemsCopies.NONE);
    }

    /** With whether the mailbox keeps copies of what is sent as it or on its behalf, as it does now. */
    public static AdaptiveCard render(
            Texts texts,
            String mailboxId,
            String displayName,
            String address,
            List<Member> members,
            boolean signInBlocked,
            SentItemsCopies sentItems) {
        ObjectNode data = CardData.withToken("")
                .put("id", mailboxId)
                .put("signInBlocked", signInBlocked)
                .put("title", texts.get("create.summary.title", displayName))
                .put("displayName", displayName)
                .put("address", address)
                .put("signIn", texts.get(signInBlocked ? "create.summary.signInBlocked" : "create.summary.signInOpen"))
                .put("sentItems", SentItemsWords.state(texts, sentItems))
                .put("hasMembers", !members.isEmpty())
                .put(
                        "sendAsGranted",
                        members.stream().anyMatch(member -> member.rights().contains(Right.SEND_AS)));
        CardData.texts(
                data,
                "members",
                members.stream()
                        .map(member -> texts.get(
                                "create.summary.member",
                                member.group() ? texts.get("group.named", member.name()) : member.name(),
                                rightsText(texts, member)))
                        .toList());
        return TEMPLATE.bind(data, texts);
    }

    private static String rightsText(Texts texts, Member member) {
        String rights = member.rights().stream()
                .map(right -> {
                    String name = texts.get("right." + right + ".name");
                    if (right != Right.FULL_ACCESS) {
                        return name;
                    }
                    if (member.group()) {
                        return texts.get("create.summary.groupFullAccess", name);
                    }
                    return texts.get(
                            switch (member.autoMapping()) {
                                case ON -> "create.summary.automapping";
                                case OFF -> "create.summary.noAutomapping";
                                case UNKNOWN -> "create.summary.automappingUnknown";
                            },
                            name);
                })
                .collect(Collectors.joining(", "));
        // Send As or Send on Behalf alone lets them send from the address, not open the mailbox: said, not guessed.
        return member.rights().contains(Right.FULL_ACCESS) ? rights : texts.get("create.summary.cannotOpen", rights);
    }
}
