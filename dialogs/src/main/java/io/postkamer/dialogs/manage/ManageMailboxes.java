package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.manage.MailboxListCard;
import io.postkamer.cards.manage.UnblockConfirmCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.audit.SentItemsAudit;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.Intents;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.requests.MailboxOwners;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.SentItemsCopies;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The shared mailboxes that exist: the list, one mailbox's overview, and the changes made from it
 * (hide or show, keep copies in Sent Items, block or unblock sign-in, take a member's rights away, switch automapping). Each
 * button carries the mailbox it is about, so the overview works after a restart and in any chat;
 * every change asks the directory again whether the person may make it, and changes are idempotent,
 * so a second press changes nothing twice. What takes something away or hides is asked first
 * ({@link Confirmations}); the question's Confirm is the same press, confirmed.
 */
public final class ManageMailboxes {
    /** Rows of the list card: well inside Teams' card size, and one call to Exchange a page. */
    static final int PAGE = 20;

    private static final String HIDE_ACTION = "hide from address lists";

    private final MailboxCalls calls;
    private final SharedCalendar calendar;
    private final MailboxHistory history;
    private final OverviewScreen overview;
    private final AddMembers addMembers;
    private final MemberChanges members;
    private final Confirmations confirmations;
    private final Conversions conversions;

    public ManageMailboxes(MailboxCalls calls, java.time.Clock clock, MailboxOwners owners) {
        this.calls = calls;
        this.calendar = new SharedCalendar(calls, clock);
        this.history = new MailboxHistory(calls);
        this.overview = new OverviewScreen(calls, owners);
        this.addMembers = new AddMembers(calls, overview);
        this.confirmations = new Confirmations(calls, overview);
        this.members = new MemberChanges(calls, overview, confirmations);
        this.conversions = new Conversions(calls, overview, confirmations);
    }

    /** Card buttons of these screens, whatever else the conversation is doing. */
    public boolean handlesAction(UserInput input) {
        return input.action()
                .filter(verb -> verb.feature() == Verb.Feature.MANAGE)
                .isPresent();
    }

    /** Typed requests for these screens: only asked when no wizard is waiting for typed input. */
    public boolean handlesText(UserInput input) {
        return input.isText()
                && (Intents.isListMailboxes(input.text())
                        || Intents.openMailbox(input.text()).isPresent()
                        || Intents.convert(input.text()).isPresent()
                        || Intents.history(input.text()).isPresent()
                        || Intents.calendar(input.text()).isPresent());
    }

    public CompletableFuture<Void> answer(TurnContext turn, UserInput input) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        String actor = Actor.idOf(turn);
        if (input.isText()) {
            Optional<String> calendarOf = Intents.calendar(input.text());
            if (calendarOf.isPresent()) {
                return calendar.show(turn, calendarOf.get(), Optional.empty());
            }
            Optional<String> historyOf = Intents.history(input.text());
            if (historyOf.isPresent()) {
                return history.show(turn, texts, actor, historyOf.get());
            }
            Optional<String> toConvert = Intents.convert(input.text());
            if (toConvert.isPresent()) {
                return conversions.askToConvert(turn, texts, actor, toConvert.get());
            }
            return Intents.isListMailboxes(input.text())
                    ? list(turn, texts, Optional.empty())
                    : open(turn, texts, actor, Intents.openMailbox(input.text()).orElseThrow());
        }
        String mailbox = input.input("mailbox");
        String member = input.input("member");
        return switch (input.action().orElseThrow()) {
            case LIST ->
                list(
                        turn,
                        texts,
                        Optional.of(input.data().path("after").asText("")).filter(a -> !a.isBlank()));
            case HIDE -> {
                Supplier<CompletableFuture<Void>> hide = () -> onShared(
                        turn,
                        texts,
                        actor,
                        input,
                        HIDE_ACTION,
                        "shown",
                        "hidden",
                        (service, box) -> service.setHiddenFromAddressLists(box.id(), true),
                        (change, box) -> texts.get("manage.done.hidden", box.displayName()));
                yield Confirmations.confirmed(input)
                        ? hide.get()
                        : confirmations.hide(
                                turn, texts, actor, input, Audited.of(mailbox, HIDE_ACTION, "shown", "hidden"), hide);
            }
            case SHOW ->
                onShared(
                        turn,
                        texts,
                        actor,
                        input,
                        "show in address lists",
                        "hidden",
                        "shown",
                        (service, box) -> service.setHiddenFromAddressLists(box.id(), false),
                        (change, box) -> texts.get("manage.done.shown", box.displayName()));
            case SENT_ITEMS -> {
                // Strictly "true" keeps them: whatever else a press carries can only stop them, which an admin may.
                boolean keep = input.input("keep").equals("true");
                yield onShared(
                        turn,
                        texts,
                        actor,
                        input,
                        SentItemsAudit.action(keep),
                        SentItemsAudit.state(!keep),
                        SentItemsAudit.state(keep),
                        (service, box) -> service.setSentItemsCopies(box.id(), SentItemsCopies.of(keep)),
                        (change, box) -> texts.get(
                                keep ? "manage.done.sentItemsOn" : "manage.done.sentItemsOff", box.displayName()));
            }
            case BLOCK ->
                onShared(
                        turn,
                        texts,
                        actor,
                        input,
                        "block sign-in",
                        "sign-in allowed",
                        "sign-in blocked",
                        (service, box) -> service.setSignInBlocked(box.id(), true),
                        (change, box) -> texts.get(
                                change == Change.MADE ? "manage.done.blocked" : "manage.done.alreadyBlocked",
                                box.displayName()));
            case ASK_TO_UNBLOCK -> askToUnblock(turn, texts, actor, mailbox);
            case UNBLOCK ->
                !Confirmations.confirmed(input)
                        ? askToUnblock(turn, texts, actor, mailbox)
                        : onShared(
                                turn,
                                texts,
                                actor,
                                input,
                                "unblock sign-in",
                                "sign-in blocked",
                                "sign-in allowed",
                                (service, box) -> service.setSignInBlocked(box.id(), false),
                                (change, box) -> texts.get("manage.done.unblocked", box.displayName()));
            case HISTORY -> history.show(turn, texts, actor, mailbox);
            case REVOKE -> members.revokeOne(turn, texts, actor, mailbox, member, input);
            case REVOKE_ALL -> members.revokeAll(turn, texts, actor, mailbox, member, input);
            case SWITCH_AUTOMAPPING -> members.switchAutomapping(turn, texts, actor, mailbox, member, input);
            case REMOVE_LICENCE -> conversions.removeLicence(turn, texts, actor, mailbox, input);
            case CONVERT -> conversions.convert(turn, texts, actor, mailbox, input);
            case KEEP_AS_IS -> say(turn, texts, Message.of("manage.cancelled"));
            case CALENDAR -> calendar.show(turn, mailbox, Optional.empty());
            case ADD_EVENT -> calendar.add(turn, input);
            case OPEN -> overview.show(turn, texts, actor, mailbox, Optional.empty());
            case ADD_MEMBERS -> addMembers.show(turn, texts, actor, mailbox);
            case APPLY_MEMBERS -> addMembers.apply(turn, texts, actor, input);
            default -> throw new IllegalArgumentException("not a verb of the mailbox screens: " + input.verb());
        };
    }

    /**
     * A change on a shared mailbox, and only on one: the mailbox is read first and whatever else the press
     * names (a person's id, a user mailbox) is refused and audited, whoever presses.
     */
    private CompletableFuture<Void> onShared(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            String action,
            String before,
            String after,
            BiFunction<MailboxService, Mailbox, Change> call,
            BiFunction<Change, Mailbox, String> done) {
        String pressed = input.input("mailbox");
        return calls.checkedChange(actor, Audited.of(pressed, action, before, after), service -> {
                    Mailbox box = MailboxScope.shared(service, pressed);
                    return new MailboxCalls.Checked<>(
                            Audited.on(MailboxScope.target(box), action, before, after),
                            () -> call.apply(service, box));
                })
                .thenCompose(result -> overview.afterChange(turn, texts, actor, input, pressed, result, done));
    }

    /** One page of the tenant's shared mailboxes, {@code after} the page before (its "More" button). */
    private CompletableFuture<Void> list(TurnContext turn, Texts texts, Optional<String> after) {
        return calls.read(service -> service.sharedMailboxes(PAGE, after))
                .thenCompose(found -> found.isFailure()
                        ? say(turn, texts, Message.of(found.problem()))
                        : show(turn, MailboxListCard.render(texts, found.get())));
    }

    /** A shared mailbox by address, alias, id or name, as {@link io.postkamer.dialogs.common.MailboxFinder} finds it. */
    private CompletableFuture<Void> open(TurnContext turn, Texts texts, String actor, String nameOrAddress) {
        return calls.read(service -> calls.finder()
                        .entry(service, nameOrAddress)
                        .map(MailboxEntry::id)
                        .or(() -> service.mailbox(nameOrAddress)
                                .filter(Mailbox::isShared)
                                .map(Mailbox::id)))
                .thenCompose(found -> found.isFailure()
                        ? say(turn, texts, Message.of(found.problem()))
                        : found.get()
                                .map(id -> overview.show(turn, texts, actor, id, Optional.empty()))
                                .orElseGet(() -> say(turn, texts, Message.of("manage.notFound", nameOrAddress))));
    }

    private CompletableFuture<Void> refuseRead(
            TurnContext turn, Texts texts, String actor, String target, String action, MailboxException problem) {
        return ManageReplies.refuseRead(calls, turn, texts, actor, target, action, problem);
    }

    /** Administrators only, and only for a shared mailbox: refusals are audited like the change itself. */
    private CompletableFuture<Void> askToUnblock(TurnContext turn, Texts texts, String actor, String mailboxId) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return refuseRead(
                        turn,
                        texts,
                        actor,
                        mailboxId,
                        "ask to unblock sign-in",
                        new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> MailboxScope.shared(service, mailboxId))
                    .thenCompose(found -> found.isFailure()
                            ? refuseRead(turn, texts, actor, mailboxId, "ask to unblock sign-in", found.problem())
                            : show(turn, UnblockConfirmCard.render(texts, found.get())));
        });
    }

    private static CompletableFuture<Void> show(TurnContext turn, AdaptiveCard card) {
        return ManageReplies.show(turn, card);
    }

    private static CompletableFuture<Void> say(TurnContext turn, Texts texts, Message message) {
        return ManageReplies.say(turn, texts, message);
    }
}
