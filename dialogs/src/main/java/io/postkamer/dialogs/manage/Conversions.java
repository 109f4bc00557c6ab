package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.manage.ConvertConfirmCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Problem;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A user mailbox converted to a shared one, and the licence a shared mailbox no longer needs removed: both asked
 * first ({@link Confirmations}), both read from Exchange, never from the card.
 */
final class Conversions {
    private final MailboxCalls calls;
    private final OverviewScreen overview;
    private final Confirmations confirmations;

    Conversions(MailboxCalls calls, OverviewScreen overview, Confirmations confirmations) {
        this.calls = calls;
        this.overview = overview;
        this.confirmations = confirmations;
    }

    /** A user mailbox, found by address or name, with what converting it changes; administrators only. */
    CompletableFuture<Void> askToConvert(TurnContext turn, Texts texts, String actor, String nameOrAddress) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return refuseRead(
                        turn, texts, actor, nameOrAddress, "ask to convert", new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> service.mailbox(nameOrAddress)).thenCompose(found -> {
                if (found.isFailure()) {
                    return say(turn, texts, Message.of(found.problem()));
                }
                if (found.get().isEmpty()) {
                    return say(turn, texts, Message.of("problem.MAILBOX_NOT_FOUND", nameOrAddress));
                }
                Mailbox mailbox = found.get().get();
                return mailbox.isShared()
                        ? say(turn, texts, Message.of("problem.ALREADY_SHARED", mailbox.displayName()))
                        : show(turn, ConvertConfirmCard.render(texts, mailbox, Confirmations.isOwn(mailbox, actor)));
            });
        });
    }

    /** A licence of a shared mailbox, named by the licence Exchange reports, not by the card; asked first. */
    CompletableFuture<Void> removeLicence(
            TurnContext turn, Texts texts, String actor, String mailboxId, UserInput input) {
        Audited pressed = Audited.of(mailboxId, "remove licence", input.input("sku"), "");
        Supplier<CompletableFuture<Void>> remove = () -> removeLicence(turn, texts, actor, mailboxId, input, pressed);
        return Confirmations.confirmed(input)
                ? remove.get()
                : confirmations.removeLicence(turn, texts, actor, input, pressed, remove);
    }

    private CompletableFuture<Void> removeLicence(
            TurnContext turn, Texts texts, String actor, String mailboxId, UserInput input, Audited pressed) {
        String sku = input.input("sku");
        return calls.checkedChange(actor, pressed, service -> {
                    Mailbox box = MailboxScope.shared(service, mailboxId);
                    Licence licence = box.account().licences().stream()
                            .filter(held -> held.skuId().equalsIgnoreCase(sku))
                            .findFirst()
                            .orElseThrow(() ->
                                    new MailboxException.OutOfScope(Problem.LICENCE_NOT_ASSIGNED, box.displayName()));
                    return new MailboxCalls.Checked<>(
                            Audited.on(MailboxScope.target(box), "remove licence", licence.skuPartNumber(), ""), () -> {
                                service.removeLicence(box.id(), sku);
                                return licence.productName();
                            });
                })
                .thenCompose(result -> overview.afterChange(
                        turn,
                        texts,
                        actor,
                        input,
                        mailboxId,
                        result,
                        (licence, box) -> texts.get("manage.done.licenceRemoved", licence, box.displayName())));
    }

    /** Only a user mailbox is converted, once asked; a shared one or anything else is refused. */
    CompletableFuture<Void> convert(TurnContext turn, Texts texts, String actor, String mailboxId, UserInput input) {
        Audited pressed = Audited.of(mailboxId, "convert to shared", "user mailbox", "shared mailbox");
        Supplier<CompletableFuture<Void>> convert = () -> convert(turn, texts, actor, mailboxId, input, pressed);
        return Confirmations.confirmed(input)
                ? convert.get()
                : confirmations.convert(turn, texts, actor, input, pressed, convert);
    }

    private CompletableFuture<Void> convert(
            TurnContext turn, Texts texts, String actor, String mailboxId, UserInput input, Audited pressed) {
        return calls.checkedChange(actor, pressed, service -> {
                    Mailbox box = MailboxScope.userMailbox(service, mailboxId);
                    return new MailboxCalls.Checked<>(
                            Audited.on(MailboxScope.target(box), "convert to shared", "user mailbox", "shared mailbox"),
                            () -> service.convertToShared(box.id()));
                })
                .thenCompose(result -> overview.afterChange(
                        turn, texts, actor, input, mailboxId, result, (converted, box) -> converted(texts, box)));
    }

    /**
     * What is left to do after a conversion, from the mailbox as read after it: block sign-in only while it is not
     * blocked, remove the licence only while it has one that it no longer needs.
     */
    private static String converted(Texts texts, Mailbox box) {
        StringBuilder done = new StringBuilder(texts.get("manage.done.converted", box.displayName()));
        if (!box.account().signInBlocked()) {
            done.append(' ').append(texts.get("manage.done.converted.block"));
        }
        if (!box.account().licences().isEmpty()) {
            done.append(' ')
                    .append(texts.get(
                            box.storage().needsLicence()
                                    ? "manage.done.converted.keepLicence"
                                    : "manage.done.converted.removeLicence"));
        }
        return done.toString();
    }

    private CompletableFuture<Void> refuseRead(
            TurnContext turn, Texts texts, String actor, String target, String action, MailboxException problem) {
        return ManageReplies.refuseRead(calls, turn, texts, actor, target, action, problem);
    }

    private static CompletableFuture<Void> show(TurnContext turn, AdaptiveCard card) {
        return ManageReplies.show(turn, card);
    }

    private static CompletableFuture<Void> say(TurnContext turn, Texts texts, Message message) {
        return ManageReplies.say(turn, texts, message);
    }
}
