package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.manage.ConvertConfirmCard;
import io.postkamer.cards.manage.MailboxListCard;
import io.postkamer.cards.manage.MailboxOverviewCard;
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
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
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
    static final String PREFIX = "manage.";
    /** Handled by the create wizard, which resumes at its members step for an existing mailbox. */
    public static final String ADD_MEMBERS = "manage.addMembers";
    private static final int HISTORY_LENGTH = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String LIST = "list";
    private static final String HISTORY = "history";

    private final MailboxCalls calls;
    private final SharedCalendar calendar;

    public ManageMailboxes(MailboxCalls calls, java.time.Clock clock) {
        this.calls = calls;
        this.calendar = new SharedCalendar(calls, clock);
    }

    /** Card buttons of these screens, whatever else the conversation is doing. */
    public boolean handlesAction(UserInput input) {
        return input.isAction() && (input.verb().startsWith(PREFIX) || input.verb().equals(LIST)
                || input.verb().equals(HISTORY));
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
                return history(turn, texts, actor, historyOf.get());
            }
            Optional<String> toConvert = Intents.convert(input.text());
            if (toConvert.isPresent()) {
                return askToConvert(turn, texts, actor, toConvert.get());
            }
            return Intents.isListMailboxes(input.text()) ? list(turn, texts)
                    : open(turn, texts, actor, Intents.openMailbox(input.text()).orElseThrow());
        }
        String mailbox = input.input("mailbox");
        String member = input.input("member");
        return switch (input.verb().toLowerCase(Locale.ROOT)) {
            case LIST -> list(turn, texts);
            case "manage.hide" -> change(turn, texts, actor, input, mailbox,
                    Audited.of(mailbox, "hide from address lists", "shown", "hidden"),
                    service -> service.setHiddenFromAddressLists(mailbox, true), "manage.done.hidden", "manage.done.hidden");
            case "manage.show" -> change(turn, texts, actor, input, mailbox,
                    Audited.of(mailbox, "show in address lists", "hidden", "shown"),
                    service -> service.setHiddenFromAddressLists(mailbox, false), "manage.done.shown", "manage.done.shown");
            case "manage.block" -> change(turn, texts, actor, input, mailbox,
                    Audited.of(mailbox, "block sign-in", "sign-in allowed", "sign-in blocked"),
                    service -> service.setSignInBlocked(mailbox, true), "manage.done.blocked", "manage.done.alreadyBlocked");
            case "manage.unblockask" -> askToUnblock(turn, texts, actor, mailbox);
            case "manage.unblock" -> change(turn, texts, actor, input, mailbox,
                    Audited.of(mailbox, "unblock sign-in", "sign-in blocked", "sign-in allowed"),
                    service -> service.setSignInBlocked(mailbox, false), "manage.done.unblocked", "manage.done.unblocked");
            case HISTORY -> history(turn, texts, actor, mailbox);
            case "manage.revoke" -> revokeOne(turn, texts, actor, mailbox, member, input);
            case "manage.revokeall" -> calls.change(actor,
                            Audited.of(mailbox, "remove all rights", input.input("name"), ""),
                            service -> revokeAll(service, mailbox, member))
                    .thenCompose(result -> afterChange(turn, texts, actor, input, mailbox, result,
                            (revoked, box) -> texts.get("manage.done.revoked", input.input("name"))));
            case "manage.automapping" -> calls.change(actor, Audited.of(mailbox, "switch automapping",
                                    input.input("name") + " automapping " + !input.data().path("autoMapping").asBoolean(),
                                    input.input("name") + " automapping " + input.data().path("autoMapping").asBoolean()),
                            service -> switchAutomapping(service, mailbox, member,
                                    input.data().path("autoMapping").asBoolean()))
                    .thenCompose(result -> afterChange(turn, texts, actor, input, mailbox, result,
                            (on, box) -> texts.get("manage.done.automapping", input.input("name"),
                                    texts.get(on ? "manage.automapping.on" : "manage.automapping.off"))));
            case "manage.removelicence" -> calls.change(actor,
                            Audited.of(mailbox, "remove licence", input.input("name"), ""),
                            service -> service.removeLicence(mailbox, input.input("sku")))
                    .thenCompose(result -> afterChange(turn, texts, actor, input, mailbox, result,
                            (removed, box) -> texts.get("manage.done.licenceRemoved", input.input("name"),
                                    box.displayName())));
            case "manage.convert" -> calls.change(actor, Audited.of(mailbox, "convert to shared", "user mailbox",
                            "shared mailbox"), service -> service.convertToShared(mailbox))
                    .thenCompose(result -> afterChange(turn, texts, actor, input, mailbox, result,
                            (converted, box) -> texts.get("manage.done.converted", box.displayName())));
            case "manage.cancel" -> say(turn, texts, Message.of("manage.cancelled"));
            case "manage.calendar" -> calendar.show(turn, mailbox, Optional.empty());
            case "manage.addevent" -> calendar.add(turn, input);
            default -> overview(turn, texts, actor, mailbox, Optional.empty());
        };
    }

    private CompletableFuture<Void> list(TurnContext turn, Texts texts) {
        return calls.read(MailboxService::sharedMailboxes)
                .thenCompose(found -> found.isFailure() ? say(turn, texts, Message.of(found.problem()))
                        : show(turn, MailboxListCard.render(texts, found.get())));
    }

    /** By address, alias or id first; else by display name, ignoring case. */
    private CompletableFuture<Void> open(TurnContext turn, Texts texts, String actor, String nameOrAddress) {
        return calls.read(service -> service.mailbox(nameOrAddress).filter(Mailbox::isShared)
                        .or(() -> service.sharedMailboxes().stream()
                                .filter(mailbox -> mailbox.displayName().equalsIgnoreCase(nameOrAddress)).findFirst()))
                .thenCompose(found -> found.isFailure() ? say(turn, texts, Message.of(found.problem()))
                        : found.get().map(mailbox -> overview(turn, texts, actor, mailbox.id(), Optional.empty()))
                        .orElseGet(() -> say(turn, texts, Message.of("manage.notFound", nameOrAddress))));
    }

    private CompletableFuture<Void> overview(TurnContext turn, Texts texts, String actor, String mailboxId,
                                             Optional<Notice> notice) {
        return overview(turn, texts, actor, mailboxId, mailbox -> notice);
    }

    /** The overview as it is now; the notice may name the mailbox, so it is written once the mailbox is read. */
    private CompletableFuture<Void> overview(TurnContext turn, Texts texts, String actor, String mailboxId,
                                             Function<Mailbox, Optional<Notice>> notice) {
        return calls.read(service -> Overview.of(service, mailboxId, actor))
                .thenCompose(found -> {
                    if (found.isFailure()) {
                        return say(turn, texts, Message.of(found.problem()));
                    }
                    return found.get().map(view -> show(turn, MailboxOverviewCard.render(texts, view.mailbox(),
                                    view.delegates(), view.administrator(), notice.apply(view.mailbox()))))
                            .orElseGet(() -> say(turn, texts, Message.of("manage.notFound", mailboxId)));
                });
    }

    private CompletableFuture<Void> change(TurnContext turn, Texts texts, String actor, UserInput input,
                                           String mailboxId, Audited what, Function<MailboxService, Change> call,
                                           String madeKey, String alreadyKey) {
        return calls.change(actor, what, call).thenCompose(result -> afterChange(turn, texts, actor, input, mailboxId,
                result,
                (change, mailbox) -> texts.get(change == Change.MADE ? madeKey : alreadyKey, mailbox.displayName())));
    }

    /**
     * The overview with what the change did. A change that failed for a passing reason gets a button
     * that does it again: the button that was pressed may be gone (a switch of automapping that removed
     * Full Access and could not give it back), and every change here is safe to repeat.
     */
    private <T> CompletableFuture<Void> afterChange(TurnContext turn, Texts texts, String actor, UserInput input,
                                                    String mailboxId, Attempt<T> result,
                                                    BiFunction<T, Mailbox, String> done) {
        return overview(turn, texts, actor, mailboxId, mailbox -> Optional.of(result.isFailure()
                ? new Notice(Message.of(result.problem()).in(texts), true, Optional.of(result.problem())
                        .filter(MailboxException::isTransient).map(passing -> new Retry(input.verb(), input.data())))
                : new Notice(done.apply(result.get(), mailbox), false)));
    }

    private CompletableFuture<Void> askToUnblock(TurnContext turn, Texts texts, String actor, String mailboxId) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return overview(turn, texts, actor, mailboxId, Optional.of(new Notice(
                        texts.get("problem.NOT_AUTHORISED", actor), true)));
            }
            return calls.read(service -> service.mailbox(mailboxId)).thenCompose(found -> found.isFailure()
                    ? say(turn, texts, Message.of(found.problem()))
                    : found.get().map(mailbox -> show(turn, UnblockConfirmCard.render(texts, mailbox)))
                    .orElseGet(() -> say(turn, texts, Message.of("manage.notFound", mailboxId))));
        });
    }

    /** The audit trail of one mailbox, for administrators: by address, alias, id or display name. */
    private CompletableFuture<Void> history(TurnContext turn, Texts texts, String actor, String nameOrAddress) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return say(turn, texts, Message.of("problem.NOT_AUTHORISED", actor));
            }
            return calls.read(service -> service.mailbox(nameOrAddress).or(() -> service.sharedMailboxes().stream()
                            .filter(mailbox -> mailbox.displayName().equalsIgnoreCase(nameOrAddress)).findFirst())
                    .map(mailbox -> new Trail(mailbox, entries(texts,
                            calls.audit().ofMailbox(mailbox.primarySmtpAddress(), HISTORY_LENGTH)))))
                    .thenCompose(found -> {
                        if (found.isFailure()) {
                            return say(turn, texts, Message.of(found.problem()));
                        }
                        return found.get().map(trail -> show(turn, HistoryCard.render(texts, trail.mailbox().id(),
                                        trail.mailbox().displayName(), trail.entries())))
                                .orElseGet(() -> say(turn, texts, Message.of("manage.notFound", nameOrAddress)));
                    });
        });
    }

    private record Trail(Mailbox mailbox, List<HistoryCard.Entry> entries) {
    }

    private static List<HistoryCard.Entry> entries(Texts texts, List<AuditEntry> trail) {
        return trail.stream().map(entry -> new HistoryCard.Entry(WHEN.format(entry.at()), entry.actor().name(),
                texts.get("manage.history.change", entry.action(), entry.before(), entry.after()),
                texts.get("manage.history.outcome." + entry.outcome(), entry.detail()),
                entry.outcome() == AuditEntry.Outcome.REFUSED || entry.outcome() == AuditEntry.Outcome.FAILED
                        || entry.outcome() == AuditEntry.Outcome.NOT_DELIVERED))
                .toList();
    }

    /** A user mailbox, found by address or name, with what converting it changes; administrators only. */
    private CompletableFuture<Void> askToConvert(TurnContext turn, Texts texts, String actor, String nameOrAddress) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return say(turn, texts, Message.of("problem.NOT_AUTHORISED", actor));
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

    /** One right of one member; a right that does not exist is a clear refusal, not a crash. */
    private CompletableFuture<Void> revokeOne(TurnContext turn, Texts texts, String actor, String mailboxId,
                                              String memberId, UserInput input) {
        Optional<Right> right = java.util.Arrays.stream(Right.values())
                .filter(candidate -> candidate.name().equals(input.input("right"))).findFirst();
        if (right.isEmpty()) {
            return overview(turn, texts, actor, mailboxId, Optional.of(new Notice(
                    texts.get("manage.unknownRight", input.input("right")), true)));
        }
        String rightName = texts.get("right." + right.get() + ".name");
        return calls.change(actor, Audited.of(mailboxId, "revoke " + right.get(), input.input("name") + " " + right.get(), ""),
                        service -> service.revoke(mailboxId, memberId, right.get()))
                .thenCompose(result -> afterChange(turn, texts, actor, input, mailboxId, result,
                        (change, box) -> texts.get("manage.done.revokedOne", input.input("name"), rightName)));
    }

    /** Every right the member holds, taken away one by one; what was already gone is no error. */
    private static List<Right> revokeAll(MailboxService service, String mailboxId, String memberId) {
        List<Right> held = service.delegates(mailboxId).stream()
                .filter(grant -> grant.trusteeId().equals(memberId)).map(PermissionGrant::right).toList();
        held.forEach(right -> service.revoke(mailboxId, memberId, right));
        return held;
    }

    /**
     * Exchange cannot change automapping on a grant: Full Access is removed and given again with the
     * other setting. Pressed twice, the second press finds it already so and changes nothing.
     */
    private static boolean switchAutomapping(MailboxService service, String mailboxId, String memberId, boolean on) {
        boolean alreadySo = service.delegates(mailboxId).stream().anyMatch(grant -> grant.trusteeId().equals(memberId)
                && grant.right() == Right.FULL_ACCESS && grant.autoMapping() == on);
        if (!alreadySo) {
            service.revoke(mailboxId, memberId, Right.FULL_ACCESS);
            service.grant(mailboxId, memberId, Right.FULL_ACCESS, on);
        }
        return on;
    }

    private static CompletableFuture<Void> show(TurnContext turn, AdaptiveCard card) {
        return CardReplies.show(turn, card, Optional.empty()).thenApply(shown -> null);
    }

    private static CompletableFuture<Void> say(TurnContext turn, Texts texts, Message message) {
        return CardReplies.say(turn, message.in(texts));
    }
}
