package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.manage.ConvertConfirmCard;
import io.postkamer.cards.manage.MailboxListCard;
import io.postkamer.cards.manage.MailboxOverviewCard;
import io.postkamer.cards.manage.MailboxPublicCard;
import io.postkamer.dialogs.requests.MailboxOwners;
import io.postkamer.cards.manage.MailboxOverviewCard.Notice;
import io.postkamer.cards.manage.MailboxOverviewCard.Retry;
import io.postkamer.cards.manage.UnblockConfirmCard;
import io.postkamer.cards.manage.HistoryCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.Intents;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shared mailboxes that exist: the list, one mailbox's overview, and the changes made from it
 * (hide or show, block or unblock sign-in, take a member's rights away, switch automapping). Each
 * button carries the mailbox it is about, so the overview works after a restart and in any chat;
 * every change asks the directory again whether the person may make it, and changes are idempotent,
 * so a second press changes nothing twice.
 */
public final class ManageMailboxes {
    /** Rows of the list card: well inside Teams' card size, and one call to Exchange a page. */
    static final int PAGE = 20;

    private final MailboxCalls calls;
    private final SharedCalendar calendar;
    private final MailboxOwners owners;
    private final MailboxHistory history;

    public ManageMailboxes(MailboxCalls calls, java.time.Clock clock, MailboxOwners owners) {
        this.calls = calls;
        this.calendar = new SharedCalendar(calls, clock);
        this.owners = owners;
        this.history = new MailboxHistory(calls);
    }

    /** Card buttons of these screens, whatever else the conversation is doing. */
    public boolean handlesAction(UserInput input) {
        return input.action().filter(verb -> verb.feature() == Verb.Feature.MANAGE).isPresent();
    }

    /** Typed requests for these screens: only asked when no wizard is waiting for typed input. */
    public boolean handlesText(UserInput input) {
        return input.isText() && (Intents.isListMailboxes(input.text()) || Intents.openMailbox(input.text()).isPresent()
                || Intents.convert(input.text()).isPresent() || Intents.history(input.text()).isPresent()
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
                return askToConvert(turn, texts, actor, toConvert.get());
            }
            return Intents.isListMailboxes(input.text()) ? list(turn, texts, Optional.empty())
                    : open(turn, texts, actor, Intents.openMailbox(input.text()).orElseThrow());
        }
        String mailbox = input.input("mailbox");
        String member = input.input("member");
        return switch (input.action().orElseThrow()) {
            case LIST -> list(turn, texts, Optional.of(input.data().path("after").asText("")).filter(a -> !a.isBlank()));
            case HIDE -> onShared(turn, texts, actor, input, "hide from address lists", "shown", "hidden",
                    (service, box) -> service.setHiddenFromAddressLists(box.id(), true),
                    (change, box) -> texts.get("manage.done.hidden", box.displayName()));
            case SHOW -> onShared(turn, texts, actor, input, "show in address lists", "hidden", "shown",
                    (service, box) -> service.setHiddenFromAddressLists(box.id(), false),
                    (change, box) -> texts.get("manage.done.shown", box.displayName()));
            case BLOCK -> onShared(turn, texts, actor, input, "block sign-in", "sign-in allowed",
                    "sign-in blocked", (service, box) -> service.setSignInBlocked(box.id(), true),
                    (change, box) -> texts.get(change == Change.MADE ? "manage.done.blocked" : "manage.done.alreadyBlocked",
                            box.displayName()));
            case ASK_TO_UNBLOCK -> askToUnblock(turn, texts, actor, mailbox);
            case UNBLOCK -> onShared(turn, texts, actor, input, "unblock sign-in", "sign-in blocked",
                    "sign-in allowed", (service, box) -> service.setSignInBlocked(box.id(), false),
                    (change, box) -> texts.get("manage.done.unblocked", box.displayName()));
            case HISTORY -> history.show(turn, texts, actor, mailbox);
            case REVOKE -> revokeOne(turn, texts, actor, mailbox, member, input);
            case REVOKE_ALL -> revokeAll(turn, texts, actor, mailbox, member, input);
            case SWITCH_AUTOMAPPING -> switchAutomapping(turn, texts, actor, mailbox, member, input);
            case REMOVE_LICENCE -> removeLicence(turn, texts, actor, mailbox, input);
            case CONVERT -> convert(turn, texts, actor, mailbox, input);
            case KEEP_AS_IS -> say(turn, texts, Message.of("manage.cancelled"));
            case CALENDAR -> calendar.show(turn, mailbox, Optional.empty());
            case ADD_EVENT -> calendar.add(turn, input);
            case OPEN -> overview(turn, texts, actor, mailbox, Optional.empty());
            default -> throw new IllegalArgumentException("not a verb of the mailbox screens: " + input.verb());
        };
    }

    /**
     * A change on a shared mailbox, and only on one: the mailbox is read first and whatever else the press
     * names (a person's id, a user mailbox) is refused and audited, whoever presses.
     */
    private CompletableFuture<Void> onShared(TurnContext turn, Texts texts, String actor, UserInput input, String action,
                                             String before, String after, BiFunction<MailboxService, Mailbox, Change> call,
                                             BiFunction<Change, Mailbox, String> done) {
        String pressed = input.input("mailbox");
        return calls.checkedChange(actor, Audited.of(pressed, action, before, after), service -> {
            Mailbox box = MailboxScope.shared(service, pressed);
            return new MailboxCalls.Checked<>(Audited.on(MailboxScope.target(box), action, before, after),
                    () -> call.apply(service, box));
        }).thenCompose(result -> afterChange(turn, texts, actor, input, pressed, result, done));
    }

    /** One page of the tenant's shared mailboxes, {@code after} the page before (its "More" button). */
    private CompletableFuture<Void> list(TurnContext turn, Texts texts, Optional<String> after) {
        return calls.read(service -> service.sharedMailboxes(PAGE, after))
                .thenCompose(found -> found.isFailure() ? say(turn, texts, Message.of(found.problem()))
                        : show(turn, MailboxListCard.render(texts, found.get())));
    }

    /** A shared mailbox by address, alias, id or name, as {@link io.postkamer.dialogs.common.MailboxFinder} finds it. */
    private CompletableFuture<Void> open(TurnContext turn, Texts texts, String actor, String nameOrAddress) {
        return calls.read(service -> calls.finder().entry(service, nameOrAddress).map(MailboxEntry::id)
                        .or(() -> service.mailbox(nameOrAddress).filter(Mailbox::isShared).map(Mailbox::id)))
                .thenCompose(found -> found.isFailure() ? say(turn, texts, Message.of(found.problem()))
                        : found.get().map(id -> overview(turn, texts, actor, id, Optional.empty()))
                        .orElseGet(() -> say(turn, texts, Message.of("manage.notFound", nameOrAddress))));
    }

    private CompletableFuture<Void> overview(TurnContext turn, Texts texts, String actor, String mailboxId,
                                             Optional<Notice> notice) {
        return overview(turn, texts, actor, mailboxId, mailbox -> notice);
    }

    /**
     * The overview as it is now, of a shared mailbox only: asked about anything else (a person, a user
     * mailbox), it refuses, and the refusal is audited. Someone who neither runs nor uses the mailbox sees
     * its name, its address and how to ask for access. The notice may name the mailbox, so it is written
     * once the mailbox is read.
     */
    private CompletableFuture<Void> overview(TurnContext turn, Texts texts, String actor, String mailboxId,
                                             Function<Mailbox, Optional<Notice>> notice) {
        return Overview.read(calls, owners, mailboxId, actor)
                .thenCompose(found -> {
                    if (found.isFailure()) {
                        return refuseRead(turn, texts, actor, mailboxId, "open overview", found.problem());
                    }
                    Overview view = found.get();
                    if (!view.mayRead()) {
                        return show(turn, MailboxPublicCard.render(texts, view.mailbox()));
                    }
                    return show(turn, MailboxOverviewCard.render(texts, view.mailbox(), view.delegates(),
                            view.administrator(), notice.apply(view.mailbox())));
                });
    }

    private CompletableFuture<Void> refuseRead(TurnContext turn, Texts texts, String actor, String target, String action,
                                               MailboxException problem) {
        return ManageReplies.refuseRead(calls, turn, texts, actor, target, action, problem);
    }

    /**
     * The overview with what the change did. A change that failed for a passing reason gets a button
     * that does it again: the button that was pressed may be gone (a switch of automapping that removed
     * Full Access and could not give it back), and every change here is safe to repeat. A change refused
     * because the person may not make it, or because the press named no shared mailbox, says so and shows
     * nothing of what it named.
     */
    private <T> CompletableFuture<Void> afterChange(TurnContext turn, Texts texts, String actor, UserInput input,
                                                    String mailboxId, Attempt<T> result,
                                                    BiFunction<T, Mailbox, String> done) {
        if (result.isFailure() && (result.problem() instanceof MailboxException.NotAuthorised
                || result.problem().problem() == Problem.NOT_A_SHARED_MAILBOX
                || result.problem().problem() == Problem.NOT_A_USER_MAILBOX
                || result.problem() instanceof MailboxException.NotFound)) {
            // Refused before anything was read: said, and nothing shown of what the press named.
            return say(turn, texts, Message.of(result.problem()));
        }
        return overview(turn, texts, actor, mailboxId, mailbox -> Optional.of(result.isFailure()
                ? new Notice(Message.of(result.problem()).in(texts), true, Optional.of(result.problem())
                        .filter(MailboxException::isTransient).map(passing -> new Retry(input.verb(), input.data())))
                : new Notice(done.apply(result.get(), mailbox), false)));
    }

    /** Administrators only, and only for a shared mailbox: refusals are audited like the change itself. */
    private CompletableFuture<Void> askToUnblock(TurnContext turn, Texts texts, String actor, String mailboxId) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return refuseRead(turn, texts, actor, mailboxId, "ask to unblock sign-in",
                        new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> MailboxScope.shared(service, mailboxId)).thenCompose(found -> found.isFailure()
                    ? refuseRead(turn, texts, actor, mailboxId, "ask to unblock sign-in", found.problem())
                    : show(turn, UnblockConfirmCard.render(texts, found.get())));
        });
    }

    /** A user mailbox, found by address or name, with what converting it changes; administrators only. */
    private CompletableFuture<Void> askToConvert(TurnContext turn, Texts texts, String actor, String nameOrAddress) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return refuseRead(turn, texts, actor, nameOrAddress, "ask to convert",
                        new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> service.mailbox(nameOrAddress)).thenCompose(found -> {
                if (found.isFailure()) {
                    return say(turn, texts, Message.of(found.problem()));
                }
                if (found.get().isEmpty()) {
                    return say(turn, texts, Message.of("problem.MAILBOX_NOT_FOUND", nameOrAddress));
                }
                Mailbox mailbox = found.get().get();
                return mailbox.isShared() ? say(turn, texts, Message.of("problem.ALREADY_SHARED", mailbox.displayName()))
                        : show(turn, ConvertConfirmCard.render(texts, mailbox));
            });
        });
    }

    /** One right of one member; a right that does not exist, or that the member does not hold, is refused. */
    private CompletableFuture<Void> revokeOne(TurnContext turn, Texts texts, String actor, String mailboxId,
                                              String memberId, UserInput input) {
        Optional<Right> right = java.util.Arrays.stream(Right.values())
                .filter(candidate -> candidate.name().equals(input.input("right"))).findFirst();
        if (right.isEmpty()) {
            return overview(turn, texts, actor, mailboxId, Optional.of(new Notice(
                    texts.get("manage.unknownRight", input.input("right")), true)));
        }
        String rightName = texts.get("right." + right.get() + ".name");
        String action = "revoke " + right.get();
        return calls.checkedChange(actor, Audited.of(mailboxId, action, memberId + " " + right.get(), ""), service -> {
            Mailbox box = MailboxScope.shared(service, mailboxId);
            PermissionGrant held = MailboxScope.held(service, box, memberId, right.get());
            return new MailboxCalls.Checked<>(Audited.on(MailboxScope.member(box, held), action,
                    held.trusteeName() + " " + right.get(), ""),
                    () -> {
                        service.revoke(box.id(), held.trusteeId(), right.get());
                        return held.trusteeName();
                    });
        }).thenCompose(result -> afterChange(turn, texts, actor, input, mailboxId, result,
                (name, box) -> texts.get("manage.done.revokedOne", name, rightName)));
    }

    /** Every right the member holds, taken away one by one; someone who holds none is refused. */
    private CompletableFuture<Void> revokeAll(TurnContext turn, Texts texts, String actor, String mailboxId,
                                              String memberId, UserInput input) {
        return calls.checkedChange(actor, Audited.of(mailboxId, "remove all rights", memberId, ""), service -> {
            Mailbox box = MailboxScope.shared(service, mailboxId);
            List<PermissionGrant> held = MailboxScope.member(service, box, memberId);
            String name = held.get(0).trusteeName();
            return new MailboxCalls.Checked<>(Audited.on(MailboxScope.member(box, held.get(0)), "remove all rights",
                    name + " " + held.stream().map(grant -> grant.right().name()).toList(), ""), () -> {
                held.forEach(grant -> service.revoke(box.id(), grant.trusteeId(), grant.right()));
                return name;
            });
        }).thenCompose(result -> afterChange(turn, texts, actor, input, mailboxId, result,
                (name, box) -> texts.get("manage.done.revoked", name)));
    }

    /**
     * Exchange cannot change automapping on a grant: Full Access is removed and given again with the
     * other setting. Only a member who holds Full Access; pressed twice, the second press changes nothing.
     */
    private CompletableFuture<Void> switchAutomapping(TurnContext turn, Texts texts, String actor, String mailboxId,
                                                      String memberId, UserInput input) {
        boolean on = input.data().path("autoMapping").asBoolean();
        return calls.checkedChange(actor, Audited.of(mailboxId, "switch automapping", memberId, ""), service -> {
            Mailbox box = MailboxScope.shared(service, mailboxId);
            Optional<PermissionGrant> fullAccess = halfSwitched(box, memberId)
                    ? MailboxScope.holding(service, box, memberId, Right.FULL_ACCESS)
                    : Optional.of(MailboxScope.held(service, box, memberId, Right.FULL_ACCESS));
            String name = fullAccess.map(PermissionGrant::trusteeName).orElseGet(() -> calls.names().nameOf(memberId));
            boolean wasOn = fullAccess.map(PermissionGrant::autoMapping).orElse(!on);
            return new MailboxCalls.Checked<>(Audited.on(new AuditEntry.Target(memberId, name, box.primarySmtpAddress()),
                    "switch automapping", name + " automapping " + wasOn, name + " automapping " + on), () -> {
                if (fullAccess.isEmpty() || wasOn != on) {
                    fullAccess.ifPresent(held -> service.revoke(box.id(), held.trusteeId(), Right.FULL_ACCESS));
                    service.grant(box.id(), memberId, Right.FULL_ACCESS, on);
                }
                return name;
            });
        }).thenCompose(result -> afterChange(turn, texts, actor, input, mailboxId, result,
                (name, box) -> texts.get("manage.done.automapping", name,
                        texts.get(on ? "manage.automapping.on" : "manage.automapping.off"))));
    }

    /**
     * Whether the member's last automapping switch on this mailbox failed half way: Full Access was taken
     * away and could not be given back. Pressing it again then gives it back; the audit says so, not the card.
     */
    private boolean halfSwitched(Mailbox box, String memberId) {
        return calls.audit().ofMailbox(box.primarySmtpAddress(), 50).stream()
                .filter(entry -> entry.target().id().equalsIgnoreCase(memberId))
                .filter(entry -> entry.action().equals("switch automapping") || entry.action().contains("FULL_ACCESS")
                        || entry.action().equals("remove all rights"))
                .findFirst()
                .map(last -> last.action().equals("switch automapping") && last.outcome() == AuditEntry.Outcome.FAILED)
                .orElse(false);
    }

    /** A licence of a shared mailbox, named by the licence Exchange reports, not by the card. */
    private CompletableFuture<Void> removeLicence(TurnContext turn, Texts texts, String actor, String mailboxId,
                                                  UserInput input) {
        String sku = input.input("sku");
        return calls.checkedChange(actor, Audited.of(mailboxId, "remove licence", sku, ""), service -> {
            Mailbox box = MailboxScope.shared(service, mailboxId);
            String licence = box.account().licences().stream().filter(held -> held.skuId().equalsIgnoreCase(sku))
                    .map(Licence::skuPartNumber).findFirst().orElseThrow(() -> new MailboxException.OutOfScope(
                            Problem.LICENCE_NOT_ASSIGNED, box.displayName()));
            return new MailboxCalls.Checked<>(Audited.on(MailboxScope.target(box), "remove licence", licence, ""),
                    () -> {
                        service.removeLicence(box.id(), sku);
                        return licence;
                    });
        }).thenCompose(result -> afterChange(turn, texts, actor, input, mailboxId, result,
                (licence, box) -> texts.get("manage.done.licenceRemoved", licence, box.displayName())));
    }

    /** Only a user mailbox is converted; a shared one or anything else is refused. */
    private CompletableFuture<Void> convert(TurnContext turn, Texts texts, String actor, String mailboxId,
                                            UserInput input) {
        return calls.checkedChange(actor, Audited.of(mailboxId, "convert to shared", "user mailbox", "shared mailbox"),
                service -> {
                    Mailbox box = MailboxScope.userMailbox(service, mailboxId);
                    return new MailboxCalls.Checked<>(Audited.on(MailboxScope.target(box), "convert to shared",
                            "user mailbox", "shared mailbox"), () -> service.convertToShared(box.id()));
                }).thenCompose(result -> afterChange(turn, texts, actor, input, mailboxId, result,
                (converted, box) -> texts.get("manage.done.converted", box.displayName())));
    }

    private static CompletableFuture<Void> show(TurnContext turn, AdaptiveCard card) {
        return ManageReplies.show(turn, card);
    }

    private static CompletableFuture<Void> say(TurnContext turn, Texts texts, Message message) {
        return ManageReplies.say(turn, texts, message);
    }
}
