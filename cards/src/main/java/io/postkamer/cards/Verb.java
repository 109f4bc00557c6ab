package io.postkamer.cards;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every verb a card's button can carry (Universal Actions, {@code Action.Execute}), by feature, with the exact text
 * the templates write and the handlers match: one vocabulary for templates, card classes and dialogs.
 * {@code CardVocabularyTest} checks that every verb a template can emit is here, and that every verb here is emitted.
 */
public enum Verb {
    // The create wizard, on every step's card.
    NEXT(Feature.CREATE, "next"),
    BACK(Feature.CREATE, "back"),
    CANCEL(Feature.CREATE, "cancel"),
    SKIP(Feature.CREATE, "skip"),
    CREATE(Feature.CREATE, "create"),
    APPLY(Feature.CREATE, "apply"),
    EXPAND_GROUP(Feature.CREATE, "expand"),
    GRANT_GROUP(Feature.CREATE, "group"),
    BLOCK_SIGN_IN(Feature.CREATE, "block"),
    CHECK_AGAIN(Feature.CREATE, "refresh"),
    RETRY(Feature.CREATE, "retry"),
    // The shared mailboxes that exist: the list, an overview, its changes and the calendar.
    LIST(Feature.MANAGE, "list"),
    HISTORY(Feature.MANAGE, "history"),
    OPEN(Feature.MANAGE, "manage.open"),
    HIDE(Feature.MANAGE, "manage.hide"),
    SHOW(Feature.MANAGE, "manage.show"),
    BLOCK(Feature.MANAGE, "manage.block"),
    ASK_TO_UNBLOCK(Feature.MANAGE, "manage.unblockAsk"),
    UNBLOCK(Feature.MANAGE, "manage.unblock"),
    REVOKE(Feature.MANAGE, "manage.revoke"),
    REVOKE_ALL(Feature.MANAGE, "manage.revokeAll"),
    SWITCH_AUTOMAPPING(Feature.MANAGE, "manage.automapping"),
    REMOVE_LICENCE(Feature.MANAGE, "manage.removeLicence"),
    CONVERT(Feature.MANAGE, "manage.convert"),
    KEEP_AS_IS(Feature.MANAGE, "manage.cancel"),
    CALENDAR(Feature.MANAGE, "manage.calendar"),
    ADD_EVENT(Feature.MANAGE, "manage.addEvent"),
    ADD_MEMBERS(Feature.MANAGE, "manage.addMembers"),
    APPLY_MEMBERS(Feature.MANAGE, "manage.applyMembers"),
    SENT_ITEMS(Feature.MANAGE, "manage.sentItems"),
    // Access requests, new-mailbox requests, decisions and the helpdesk queue.
    REQUEST_ACCESS(Feature.REQUESTS, "request"),
    REQUEST_NEW_MAILBOX(Feature.REQUESTS, "request.new"),
    SUBMIT_REQUEST(Feature.REQUESTS, "request.submit"),
    SUBMIT_NEW_MAILBOX(Feature.REQUESTS, "request.submitnew"),
    APPROVE(Feature.REQUESTS, "request.approve"),
    REJECT(Feature.REQUESTS, "request.reject"),
    CONFIRM_REJECT(Feature.REQUESTS, "request.rejectconfirm"),
    ASSIGN(Feature.REQUESTS, "request.assign"),
    REASSIGN(Feature.REQUESTS, "request.reassign"),
    FULFIL(Feature.REQUESTS, "request.fulfil"),
    REFRESH_REQUEST(Feature.REQUESTS, "request.refresh"),

    START_REVIEW(Feature.REVIEWS, "review.start"),
    SHOW_REVIEW(Feature.REVIEWS, "review.show"),
    DECIDE_REVIEW(Feature.REVIEWS, "review.decide"),
    KEEP_ALL_REVIEWED(Feature.REVIEWS, "review.keepAll"),
    COMPLETE_REVIEW(Feature.REVIEWS, "review.complete"),

    // The health report of the shared mailboxes and its fixes.
    HEALTH_REPORT(Feature.HEALTH, "health.report"),
    HEALTH_MORE(Feature.HEALTH, "health.more"),
    HEALTH_BLOCK(Feature.HEALTH, "health.block"),
    HEALTH_BLOCK_ALL(Feature.HEALTH, "health.blockAll"),
    HEALTH_REMOVE_LICENCE(Feature.HEALTH, "health.removeLicence"),
    HEALTH_REMOVE_PERMISSION(Feature.HEALTH, "health.removePermission"),
    HEALTH_SHOW(Feature.HEALTH, "health.show"),
    HEALTH_GROUP_MEMBERS(Feature.HEALTH, "health.groupMembers"),
    HEALTH_SET_OWNERS(Feature.HEALTH, "health.setOwners"),

    // Offboarding a person who leaves.
    OFFBOARD_START(Feature.OFFBOARD, "offboard.start"),
    OFFBOARD_RESUME(Feature.OFFBOARD, "offboard.resume"),
    OFFBOARD_REMOVE_RIGHTS(Feature.OFFBOARD, "offboard.removeRights"),
    OFFBOARD_SHOW(Feature.OFFBOARD, "offboard.show"),

    // One person's mailbox access copied to another.
    COPY_SHOW(Feature.COPY, "copy.show"),
    COPY_APPLY(Feature.COPY, "copy.apply");

    /** Who handles a verb: exactly one feature each. */
    public enum Feature {
        CREATE,
        MANAGE,
        REQUESTS,
        REVIEWS,
        HEALTH,
        OFFBOARD,
        COPY
    }

    private static final Map<String, Verb> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Verb::id, Function.identity()));

    private final Feature feature;
    private final String id;

    Verb(Feature feature, String id) {
        this.feature = feature;
        this.id = id;
    }

    /** The text on the wire, as the template writes it. */
    public String id() {
        return id;
    }

    public Feature feature() {
        return feature;
    }

    /** The verb with exactly this text; anything else (another case, a verb no card has) is none. */
    public static Optional<Verb> of(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }
}
