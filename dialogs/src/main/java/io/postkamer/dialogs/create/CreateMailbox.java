package io.postkamer.dialogs.create;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the create-a-shared-mailbox conversation knows, as one record that every screen of it
 * receives, changes and passes on. Absent texts are empty strings: the record travels through storage
 * as plain JSON.
 *
 * @param token the step token in the buttons of the card now shown; a press with another token is stale
 * @param redisplay how the next screen shows itself
 * @param cardActivityId the activity that shows the wizard's card, to update it in place
 * @param startedBy the person who started the conversation; in a group chat nobody else may press its cards
 */
public record CreateMailbox(
        String token,
        Redisplay redisplay,
        String cardActivityId,
        String displayName,
        String alias,
        String domain,
        List<Message> errors,
        String mailboxId,
        String address,
        boolean hiddenFromAddressLists,
        int checks,
        List<Member> members,
        String pendingGroupId,
        List<Grant> grants,
        boolean signInBlocked,
        SentItemsChoice sentItems,
        String startedBy) {

    /** How a screen shows itself when it starts. */
    public enum Redisplay {
        /** A new card with a new step token. */
        FRESH,
        /** The same card again, same token: a stale or repeated press gets the card as it is now. */
        SAME_TOKEN,
        /** Nothing: the press was refused and answered already; the card stays as it is. */
        SILENT
    }

    /**
     * A chosen member and the rights the admin picked for them. A {@code group} (a mail-enabled security group kept
     * as one member) holds Full Access and Send As only: automapping never works through a group, and Send on
     * Behalf is not offered for one.
     */
    public record Member(
            String id,
            String name,
            boolean fullAccess,
            boolean autoMapping,
            boolean sendAs,
            boolean sendOnBehalf,
            boolean group) {
        public Member {
            autoMapping = autoMapping && !group;
            sendOnBehalf = sendOnBehalf && !group;
        }

        public static Member withDefaults(String id, String name) {
            return new Member(id, name, true, true, true, false, false);
        }

        public static Member group(String id, String name) {
            return new Member(id, name, true, false, true, false, true);
        }

        public List<Right> rights() {
            List<Right> rights = new ArrayList<>();
            if (fullAccess) {
                rights.add(Right.FULL_ACCESS);
            }
            if (sendAs) {
                rights.add(Right.SEND_AS);
            }
            if (sendOnBehalf) {
                rights.add(Right.SEND_ON_BEHALF);
            }
            return rights;
        }
    }

    /** One right for one member and what became of it. */
    public record Grant(
            String memberId,
            String memberName,
            Right right,
            boolean autoMapping,
            Outcome outcome,
            List<Message> reason) {
        public enum Outcome {
            PENDING,
            MADE,
            ALREADY_SO,
            FAILED
        }

        public Grant {
            reason = reason == null ? List.of() : List.copyOf(reason);
        }

        public Grant with(Outcome newOutcome, List<Message> newReason) {
            return new Grant(memberId, memberName, right, autoMapping, newOutcome, newReason);
        }
    }

    public CreateMailbox {
        redisplay = redisplay == null ? Redisplay.FRESH : redisplay;
        token = token == null ? "" : token;
        cardActivityId = cardActivityId == null ? "" : cardActivityId;
        displayName = displayName == null ? "" : displayName;
        alias = alias == null ? "" : alias;
        domain = domain == null ? "" : domain;
        errors = errors == null ? List.of() : List.copyOf(errors);
        mailboxId = mailboxId == null ? "" : mailboxId;
        address = address == null ? "" : address;
        members = members == null ? List.of() : List.copyOf(members);
        pendingGroupId = pendingGroupId == null ? "" : pendingGroupId;
        grants = grants == null ? List.of() : List.copyOf(grants);
        sentItems = sentItems == null ? SentItemsChoice.proposed() : sentItems;
        startedBy = startedBy == null ? "" : startedBy;
    }

    public static CreateMailbox start(String displayName, String startedBy) {
        return new CreateMailbox(
                "",
                Redisplay.FRESH,
                "",
                displayName,
                "",
                "",
                List.of(),
                "",
                "",
                false,
                0,
                List.of(),
                "",
                List.of(),
                false,
                SentItemsChoice.proposed(),
                startedBy);
    }

    /** Resuming the wizard for a mailbox that already exists (after "continue with …"). */
    public static CreateMailbox resume(
            String mailboxId, String displayName, String address, boolean hidden, String startedBy) {
        return start(displayName, startedBy).created(mailboxId, address, hidden);
    }

    @JsonIgnore
    public Optional<Message> error() {
        return errors.stream().findFirst();
    }

    @JsonIgnore
    public Optional<String> shownIn() {
        return Optional.of(cardActivityId).filter(id -> !id.isEmpty());
    }

    @JsonIgnore
    public boolean isCreated() {
        return !mailboxId.isEmpty();
    }

    public CreateMailbox shown(String newToken, Optional<String> activityId) {
        return new CreateMailbox(
                newToken,
                Redisplay.FRESH,
                activityId.orElse(cardActivityId),
                displayName,
                alias,
                domain,
                errors,
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks,
                members,
                pendingGroupId,
                grants,
                signInBlocked,
                sentItems,
                startedBy);
    }

    /** Its card is to be posted anew rather than changed where it was shown. */
    public CreateMailbox postedAnew() {
        return new CreateMailbox(
                token,
                redisplay,
                "",
                displayName,
                alias,
                domain,
                errors,
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks,
                members,
                pendingGroupId,
                grants,
                signInBlocked,
                sentItems,
                startedBy);
    }

    public CreateMailbox redisplayed(Redisplay how) {
        return new CreateMailbox(
                token,
                how,
                cardActivityId,
                displayName,
                alias,
                domain,
                errors,
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks,
                members,
                pendingGroupId,
                grants,
                signInBlocked,
                sentItems,
                startedBy);
    }

    public CreateMailbox withError(Message error) {
        return new CreateMailbox(
                token,
                Redisplay.FRESH,
                cardActivityId,
                displayName,
                alias,
                domain,
                List.of(error),
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks,
                members,
                pendingGroupId,
                grants,
                signInBlocked,
                sentItems,
                startedBy);
    }

    public CreateMailbox withoutError() {
        return withMembers(members, pendingGroupId);
    }

    public CreateMailbox named(String newDisplayName, String proposedAlias, String proposedDomain) {
        return new CreateMailbox(
                token,
                Redisplay.FRESH,
                cardActivityId,
                newDisplayName,
                proposedAlias,
                proposedDomain,
                List.of(),
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks,
                members,
                pendingGroupId,
                grants,
                signInBlocked,
                sentItems,
                startedBy);
    }

    public CreateMailbox addressed(String newAlias, String newDomain) {
        return named(displayName, newAlias, newDomain);
    }

    public CreateMailbox created(String newMailboxId, String newAddress, boolean hidden) {
        return new CreateMailbox(
                token,
                Redisplay.FRESH,
                cardActivityId,
                displayName,
                alias,
                domain,
                List.of(),
                newMailboxId,
                newAddress,
                hidden,
                0,
                members,
                pendingGroupId,
                grants,
                signInBlocked,
                sentItems,
                startedBy);
    }

    public CreateMailbox checked() {
        return new CreateMailbox(
                token,
                Redisplay.FRESH,
                cardActivityId,
                displayName,
                alias,
                domain,
                errors,
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks + 1,
                members,
                pendingGroupId,
                grants,
                signInBlocked,
                sentItems,
                startedBy);
    }

    public CreateMailbox withMembers(List<Member> newMembers, String newPendingGroupId) {
        return new CreateMailbox(
                token,
                Redisplay.FRESH,
                cardActivityId,
                displayName,
                alias,
                domain,
                List.of(),
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks,
                newMembers,
                newPendingGroupId,
                grants,
                signInBlocked,
                sentItems,
                startedBy);
    }

    public CreateMailbox withGrants(List<Grant> newGrants, SentItemsChoice newSentItems) {
        return new CreateMailbox(
                token,
                Redisplay.FRESH,
                cardActivityId,
                displayName,
                alias,
                domain,
                List.of(),
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks,
                members,
                pendingGroupId,
                newGrants,
                signInBlocked,
                newSentItems,
                startedBy);
    }

    public CreateMailbox withSignInBlocked(boolean blocked) {
        return new CreateMailbox(
                token,
                Redisplay.FRESH,
                cardActivityId,
                displayName,
                alias,
                domain,
                List.of(),
                mailboxId,
                address,
                hiddenFromAddressLists,
                checks,
                members,
                pendingGroupId,
                grants,
                blocked,
                sentItems,
                startedBy);
    }
}
