package io.postkamer.dialogs.audit;

import io.postkamer.cards.Texts;
import io.postkamer.mailbox.DeletedAccounts;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Right;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry as a sentence in the reader's language: "Megan Bowen removed Send As from Flip Schoonen",
 * "Megan Bowen heeft de licentie Microsoft 365 E3 verwijderd". The audit keeps its actions in a few fixed
 * English phrases ({@code grant SEND_AS}, {@code remove licence}); each is told here in words, with rights and
 * licences by their names. A phrase not known here is told as "who: what", with any right in words.
 */
public final class AuditSentences {
    private static final Pattern RIGHT_ACTION = Pattern.compile("(grant|revoke) (FULL_ACCESS|SEND_AS|SEND_ON_BEHALF)");
    private static final Pattern AUTOMAPPING = Pattern.compile(".* automapping (true|false)$");

    private static final Map<String, String> REVIEW_ACTIONS = Map.of(
            "start access review", "reviewStart",
            "complete access review", "reviewComplete",
            "finish access review", "reviewFinish",
            "show access review", "reviewShow",
            "notify reviewer", "reviewNotice",
            "remind reviewer", "reviewReminder",
            "notify member of removal", "reviewRemovalNotice",
            "review keep", "reviewKeep",
            "review remove", "reviewRemove");

    /** Actions told by the mailbox (or person) they were about and the request's number, by their texts' keys. */
    private static final Map<String, String> PLAIN_ACTIONS = Map.ofEntries(
            Map.entry("add members", "addMembers"),
            Map.entry("add group as member", "addGroup"),
            Map.entry("continue creating", "continueCreating"),
            Map.entry("open from an ended wizard", "openEnded"),
            Map.entry("open overview", "openOverview"),
            Map.entry("read history", "readHistory"),
            Map.entry("read calendar", "readCalendar"),
            Map.entry("block sign-in for all", "blockAll"),
            Map.entry("offboard", "offboard"),
            Map.entry("set helpdesk channel", "helpdeskChannel"),
            Map.entry("request access", "requestAccess"),
            Map.entry("request new mailbox", "requestNew"),
            Map.entry("approve", "approve"),
            Map.entry("reject", "reject"),
            Map.entry("assign", "assign"),
            Map.entry("reassign", "reassign"),
            Map.entry("fulfil", "fulfil"),
            Map.entry("cancel", "cancel"),
            Map.entry("notify approver", "notifyApprover"),
            Map.entry("notify requester", "notifyRequester"),
            Map.entry("notify requester of reassignment", "notifyReassigned"),
            Map.entry("notify expiry soon", "notifyExpirySoon"),
            Map.entry("notify expiry", "notifyExpiry"),
            Map.entry("post to helpdesk channel", "postRequest"),
            Map.entry("reminder", "reminder"),
            Map.entry("export audit", "export"),
            Map.entry("read health report", "readHealth"));

    private AuditSentences() {}

    /**
     * What happened, as a sentence that names who did it; a change that was refused or failed is told as asked
     * ("Flip Schoonen asked to hide Facturen from the address lists"), never as done.
     */
    public static String what(AuditEntry entry, Texts texts) {
        String family = entry.outcome() == AuditEntry.Outcome.REFUSED || entry.outcome() == AuditEntry.Outcome.FAILED
                ? "history.asked."
                : "history.action.";
        String who = entry.actor().name();
        String target = entry.target().name();
        Matcher right = RIGHT_ACTION.matcher(entry.action());
        if (right.matches()) {
            Right granted = Right.valueOf(right.group(2));
            String rightName = rightName(texts, granted);
            Optional<String> member = memberIn(entry.after(), granted)
                    .or(() -> memberIn(entry.before(), granted))
                    .map(name -> DeletedAccounts.isSecurityIdentifier(name)
                            ? texts.get("health.confirm.permission.trustee.DELETED")
                            : name);
            if (member.isPresent()) {
                return texts.get(family + right.group(1), who, member.get(), rightName);
            }
            if (entry.request() != 0) {
                // A request's grant or expiry names the mailbox, and the member through the request.
                return texts.get(family + right.group(1) + "Request", who, entry.request(), rightName);
            }
            return texts.get(family + right.group(1), who, target, rightName);
        }
        return switch (entry.action()) {
            case "create shared mailbox" -> texts.get(family + "create", who, target);
            case "remove all rights" -> texts.get(family + "removeAll", who, target);
            case "switch automapping" ->
                texts.get(
                        family + "automapping",
                        who,
                        target,
                        texts.get(automappingOn(entry.after()) ? "manage.automapping.on" : "manage.automapping.off"));
            case "hide from address lists" -> texts.get(family + "hide", who, target);
            case SentItemsAudit.KEEP -> texts.get(family + "sentItemsOn", who, target);
            case SentItemsAudit.STOP -> texts.get(family + "sentItemsOff", who, target);
            case "show in address lists" -> texts.get(family + "show", who, target);
            case "block sign-in" -> texts.get(family + "block", who, target);
            case "unblock sign-in" -> texts.get(family + "unblock", who, target);
            case "sign out everywhere" -> texts.get(family + "signOut", who, target);
            case "set automatic reply" -> texts.get(family + "automaticReply", who, target);
            case "remove licence" ->
                texts.get(
                        family + "removeLicence",
                        who,
                        new Licence(entry.before(), entry.before(), false).productName());
            case "set request approvers" ->
                entry.after().isBlank()
                        ? texts.get(family + "clearOwners", who, target)
                        : texts.get(family + "setOwners", who, target, entry.after());
            case "give group members Full Access" -> texts.get(family + "groupMembers", who, target);
            case "convert to shared" -> texts.get(family + "convert", who, target);
            case "copy mailbox access" -> texts.get(family + "copy", who, target);
            case "add appointment" -> texts.get(family + "appointment", who, entry.after());
            case "start access review", "complete access review", "finish access review", "show access review" ->
                texts.get(
                        family + REVIEW_ACTIONS.get(entry.action()),
                        who,
                        target.isEmpty() ? texts.get("review.scope.all") : target);
            case "post health report" -> texts.get("history.action.healthPost", who);
            case "notify reviewer", "remind reviewer", "notify member of removal" ->
                texts.get("history.action." + REVIEW_ACTIONS.get(entry.action()), who, target);
            case "review keep", "review remove" -> reviewDecision(entry, texts, family, who, target);
            default ->
                PLAIN_ACTIONS.containsKey(entry.action())
                        ? texts.get(family + PLAIN_ACTIONS.get(entry.action()), who, target, entry.request())
                        : texts.get("history.action.other", who, inWords(texts, entry.action()));
        };
    }

    /** A reviewer's keep or remove: the member and the right from the state the audit kept ("Ger Verbeek SEND_AS"). */
    private static String reviewDecision(AuditEntry entry, Texts texts, String family, String who, String target) {
        String key = family + REVIEW_ACTIONS.get(entry.action());
        for (Right right : Right.values()) {
            Optional<String> member = memberIn(entry.after(), right).or(() -> memberIn(entry.before(), right));
            if (member.isPresent()) {
                return texts.get(key, who, member.get(), rightName(texts, right));
            }
        }
        return texts.get(key, who, target, texts.get("review.card.rights"));
    }

    /** How it ended, as a sentence; a refusal's or failure's reason in the reader's language where it is known. */
    public static String outcome(AuditEntry entry, Texts texts) {
        return texts.get("manage.history.outcome." + entry.outcome(), AuditReasons.inWords(entry.detail(), texts));
    }

    /** The member a grant's before or after names: "Ger Verbeek SEND_AS", "Flip Schoonen FULL_ACCESS automapping". */
    private static Optional<String> memberIn(String state, Right right) {
        Matcher matcher =
                Pattern.compile("^(.+) " + right.name() + "( automapping.*)?$").matcher(state);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean automappingOn(String after) {
        Matcher matcher = AUTOMAPPING.matcher(after);
        return matcher.matches() && Boolean.parseBoolean(matcher.group(1));
    }

    private static String rightName(Texts texts, Right right) {
        return texts.get("right." + right + ".name");
    }

    /** Any right's code in a phrase replaced by its name. */
    private static String inWords(Texts texts, String phrase) {
        String words = phrase;
        for (Right right : Right.values()) {
            words = words.replace(right.name(), rightName(texts, right));
        }
        return words;
    }
}
