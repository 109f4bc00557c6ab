package io.postkamer.cards.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.SentItemsWords;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MemberRights;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One shared mailbox: its facts, its members with their rights, and, for administrators, what can be
 * changed from here. A notice on top says what the last action did or why it was refused.
 */
public final class MailboxOverviewCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-overview");

    /**
     * What the last action did ({@code GOOD}) or why it was refused ({@code ATTENTION}); when it failed
     * for a passing reason (Microsoft 365 busy or unreachable), the button that does the same again.
     */
    public record Notice(String text, boolean refusal, Optional<Retry> retry) {
        public Notice(String text, boolean refusal) {
            this(text, refusal, Optional.empty());
        }
    }

    /** The pressed button once more: its verb and the data it carried. */
    public record Retry(String verb, JsonNode data) {}

    record Held(String member, String name, String right, String title) {}

    record Member(
            String id,
            String name,
            String rights,
            List<Held> held,
            boolean hasFullAccess,
            boolean sendsWithoutFullAccess,
            boolean group,
            List<Switch> switches) {}

    /** A button that sets a member's automapping: one way when it is known, either way when it is not. */
    record Switch(String member, String name, String title, boolean switchTo) {}

    record LicenceEntry(String skuId, String name) {}

    record Data(
            String id,
            String name,
            String address,
            String signIn,
            String addressLists,
            String licences,
            String sentItems,
            String sentItemsKeep,
            String sentItemsTitle,
            List<LicenceEntry> licenceList,
            String removeLicenceTitle,
            boolean hidden,
            boolean hasMembers,
            List<Member> members,
            boolean admin,
            String revokeAllTitle,
            String hideVerb,
            String hideTitle,
            String signInVerb,
            String signInTitle,
            boolean hasNotice,
            String notice,
            String noticeColor) {}

    private MailboxOverviewCard() {}

    public static AdaptiveCard render(
            Texts texts, Mailbox mailbox, List<PermissionGrant> delegates, boolean admin, Optional<Notice> notice) {
        boolean hidden = mailbox.hiddenFromAddressLists();
        boolean blocked = mailbox.account().signInBlocked();
        List<Licence> licences = mailbox.account().licences();
        AdaptiveCard card = TEMPLATE.bind(
                new Data(
                        mailbox.id(),
                        mailbox.displayName(),
                        mailbox.primarySmtpAddress(),
                        texts.get(blocked ? "create.summary.signInBlocked" : "create.summary.signInOpen"),
                        texts.get(hidden ? "manage.hidden" : "manage.visible"),
                        licences.isEmpty()
                                ? texts.get("manage.noLicences")
                                : licences.stream().map(Licence::productName).collect(Collectors.joining(", ")),
                        SentItemsWords.state(texts, mailbox.sentItemsCopies()),
                        // One switch for both copies: all kept turns them off, anything less turns both on.
                        Boolean.toString(!mailbox.sentItemsCopies().all()),
                        texts.get(
                                mailbox.sentItemsCopies().all()
                                        ? "manage.action.sentItemsOff"
                                        : "manage.action.sentItemsOn"),
                        licences.stream()
                                .map(licence -> new LicenceEntry(licence.skuId(), licence.productName()))
                                .toList(),
                        texts.get("manage.action.removeLicence"),
                        hidden,
                        !delegates.isEmpty(),
                        members(texts, delegates),
                        admin,
                        texts.get("manage.action.revokeAll"),
                        (hidden ? Verb.SHOW : Verb.HIDE).id(),
                        texts.get(hidden ? "manage.action.show" : "manage.action.hide"),
                        (blocked ? Verb.ASK_TO_UNBLOCK : Verb.BLOCK).id(),
                        texts.get(blocked ? "manage.action.unblock" : "manage.action.block"),
                        notice.isPresent(),
                        notice.map(Notice::text).orElse(""),
                        notice.map(n -> n.refusal() ? "Attention" : "Good").orElse("Default")),
                texts);
        notice.flatMap(Notice::retry).ifPresent(retry -> withRetry(card, retry, texts));
        return card;
    }

    /** Added after binding, so the data goes back exactly as it came and is never read as a template. */
    private static void withRetry(AdaptiveCard card, Retry retry, Texts texts) {
        ObjectNode action = JsonNodeFactory.instance
                .objectNode()
                .put("type", "Action.Execute")
                .put("verb", retry.verb())
                .put("title", texts.get("manage.action.retry"))
                .put("style", "positive");
        action.set("data", retry.data().deepCopy());
        ObjectNode content = (ObjectNode) card.content();
        ArrayNode actions = content.has("actions") ? (ArrayNode) content.get("actions") : content.putArray("actions");
        actions.insert(0, action);
    }

    /** One entry per member, rights in a fixed order: Full Access (with automapping), Send As, Send on Behalf. */
    private static List<Member> members(Texts texts, List<PermissionGrant> delegates) {
        return MemberRights.of(delegates).stream()
                .map(member -> {
                    List<String> rights = member.rights().stream()
                            .map(right -> right == Right.FULL_ACCESS
                                    ? member.group()
                                            ? texts.get(
                                                    "create.summary.groupFullAccess",
                                                    texts.get("right.FULL_ACCESS.name"))
                                            : fullAccess(texts, member.autoMapping())
                                    : texts.get("right." + right + ".name"))
                            .toList();
                    List<Held> held = member.rights().stream()
                            .map(right -> new Held(
                                    member.trusteeId(),
                                    member.trusteeName(),
                                    right.name(),
                                    texts.get("manage.action.revoke", texts.get("right." + right + ".name"))))
                            .toList();
                    return new Member(
                            member.trusteeId(),
                            member.group() ? texts.get("group.named", member.trusteeName()) : member.trusteeName(),
                            String.join(", ", rights),
                            held,
                            member.holds(Right.FULL_ACCESS),
                            // Send As or Send on Behalf alone: they send from its address but cannot open it.
                            !member.holds(Right.FULL_ACCESS),
                            member.group(),
                            // Automapping never works through a group: nothing to switch.
                            member.holds(Right.FULL_ACCESS) && !member.group() ? switches(texts, member) : List.of());
                })
                .toList();
    }

    private static String fullAccess(Texts texts, AutoMapping autoMapping) {
        String name = texts.get("right.FULL_ACCESS.name");
        return switch (autoMapping) {
            case ON -> name + " (" + texts.get("manage.automapping") + ")";
            case OFF -> name;
            case UNKNOWN -> name + " (" + texts.get("manage.automapping.unknown") + ")";
        };
    }

    private static List<Switch> switches(Texts texts, MemberRights member) {
        Switch on =
                new Switch(member.trusteeId(), member.trusteeName(), texts.get("manage.action.automappingOn"), true);
        Switch off =
                new Switch(member.trusteeId(), member.trusteeName(), texts.get("manage.action.automappingOff"), false);
        return switch (member.autoMapping()) {
            case ON -> List.of(off);
            case OFF -> List.of(on);
            case UNKNOWN -> List.of(on, off);
        };
    }
}
