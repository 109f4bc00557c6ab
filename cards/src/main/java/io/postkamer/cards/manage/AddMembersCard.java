package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MemberRights;
import io.postkamer.mailbox.Right;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Adding members to a mailbox that exists: its members with the rights they hold, a right to add to any of them,
 * and people to add with the rights they get. Nothing already held is offered, so nothing is granted twice. A
 * mail-enabled security group picked gets Full Access and Send As itself, or its members are added one by one, as
 * the admin chooses.
 */
public final class AddMembersCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-add-members");

    /** Someone in the people picker before anything is typed. */
    public record Choice(String title, String value) {}

    record Option(String title, String value) {}

    record Member(String id, String name, String holds, String addLabel, boolean hasMissing, List<Option> missing) {}

    record Data(
            String title,
            String mailbox,
            boolean hidden,
            boolean hasError,
            String error,
            boolean hasMembers,
            List<Member> members,
            List<Choice> choices) {}

    private AddMembersCard() {}

    public static AdaptiveCard render(
            Texts texts, Mailbox mailbox, List<MemberRights> members, List<Choice> people, Optional<String> error) {
        List<Member> rows = members.stream()
                .map(member -> {
                    // A group is offered Full Access and Send As only.
                    List<Option> missing = Arrays.stream(Right.values())
                            .filter(right -> !member.holds(right))
                            .filter(right -> !(member.group() && right == Right.SEND_ON_BEHALF))
                            .map(right -> new Option(texts.get("right." + right + ".name"), right.name()))
                            .toList();
                    String holds = String.join(
                            ", ",
                            member.rights().stream()
                                    .map(right -> texts.get("right." + right + ".name"))
                                    .toList());
                    return new Member(
                            member.trusteeId(),
                            member.group() ? texts.get("group.named", member.trusteeName()) : member.trusteeName(),
                            holds,
                            texts.get("manage.addMembers.addTo", member.trusteeName()),
                            !missing.isEmpty(),
                            missing);
                })
                .toList();
        return TEMPLATE.bind(
                new Data(
                        texts.get("manage.addMembers.title", mailbox.displayName()),
                        mailbox.primarySmtpAddress(),
                        mailbox.hiddenFromAddressLists(),
                        error.isPresent(),
                        error.orElse(""),
                        !rows.isEmpty(),
                        rows,
                        people),
                texts);
    }
}
