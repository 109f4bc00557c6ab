package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.manage.ConfirmChangeCard;
import io.postkamer.cards.manage.ConfirmChangeCard.Question;
import io.postkamer.cards.manage.ConvertConfirmCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The question before a change that takes something away or hides: remove a right, all of a member's rights or a
 * licence, hide from the address lists, convert to shared. The overview's button keeps its verb and data; a press
 * without {@code "confirmed": true} gets the question, and the question's Confirm button sends the same press,
 * confirmed. The question is asked only after the same checks the change makes (an administrator, the target
 * read from Exchange and in scope), and a press the change would refuse is refused and audited here alike:
 * confirming is for the person, the change still checks everything again.
 */
final class Confirmations {
    private static final double GIGABYTE = 1024d * 1024 * 1024;

    private final MailboxCalls calls;
    private final OverviewScreen overview;

    Confirmations(MailboxCalls calls, OverviewScreen overview) {
        this.calls = calls;
        this.overview = overview;
    }

    /** Whether the press comes from a confirmation's own button. */
    static boolean confirmed(UserInput input) {
        return ConfirmChangeCard.isConfirmed(input.data());
    }

    /** Hiding: the warning about Send As and Send on Behalf comes before, not after. Already hidden: nothing to ask. */
    CompletableFuture<Void> hide(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Supplier<CompletableFuture<Void>> change) {
        return ask(turn, texts, actor, input, pressed, change, service -> {
            Mailbox box = MailboxScope.shared(service, input.input("mailbox"));
            if (box.hiddenFromAddressLists()) {
                return Optional.empty();
            }
            return Optional.of(ConfirmChangeCard.render(
                    texts,
                    new Question(
                            box.id(),
                            texts.get("manage.confirm.hide.title", box.displayName()),
                            List.of(texts.get("manage.confirm.hide.what")),
                            List.of(texts.get("manage.confirm.hide.sendAs")),
                            texts.get("manage.confirm.hide.confirm"),
                            Verb.HIDE,
                            input.data())));
        });
    }

    /**
     * One right of one member, held as Exchange says. Taking Full Access from someone who keeps Send As or Send on
     * Behalf leaves them able to send from the address without opening the mailbox: the question says so.
     */
    CompletableFuture<Void> revokeOne(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Right right,
            Supplier<CompletableFuture<Void>> change) {
        String memberId = input.input("member");
        return ask(turn, texts, actor, input, pressed, change, service -> {
            Mailbox box = MailboxScope.shared(service, input.input("mailbox"));
            PermissionGrant held = MailboxScope.held(service, box, memberId, right);
            List<Right> kept = MailboxScope.member(service, box, memberId).stream()
                    .map(PermissionGrant::right)
                    .filter(other -> other != right)
                    .toList();
            String name = held.trusteeName();
            String rightName = rightName(texts, right);
            List<String> warnings = right == Right.FULL_ACCESS && !kept.isEmpty()
                    ? List.of(texts.get("manage.confirm.keepsSendOnly", name, names(texts, kept)))
                    : List.of();
            return Optional.of(ConfirmChangeCard.render(
                    texts,
                    new Question(
                            box.id(),
                            texts.get("manage.confirm.revokeOne.title", rightName, name),
                            List.of(texts.get("manage.confirm.lose." + right, name, box.displayName())),
                            warnings,
                            texts.get("manage.confirm.revokeOne.confirm", rightName, name),
                            Verb.REVOKE,
                            input.data())));
        });
    }

    /** Every right the member holds, named, with what each loss means. */
    CompletableFuture<Void> revokeAll(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Supplier<CompletableFuture<Void>> change) {
        String memberId = input.input("member");
        return ask(turn, texts, actor, input, pressed, change, service -> {
            Mailbox box = MailboxScope.shared(service, input.input("mailbox"));
            List<PermissionGrant> held = MailboxScope.member(service, box, memberId);
            String name = held.get(0).trusteeName();
            List<Right> rights = held.stream().map(PermissionGrant::right).toList();
            List<String> lines = new java.util.ArrayList<>();
            lines.add(texts.get("manage.confirm.revokeAll.holds", name, names(texts, rights)));
            rights.forEach(right -> lines.add(texts.get("manage.confirm.lose." + right, name, box.displayName())));
            return Optional.of(ConfirmChangeCard.render(
                    texts,
                    new Question(
                            box.id(),
                            texts.get("manage.confirm.revokeAll.title", name, box.displayName()),
                            lines,
                            List.of(),
                            texts.get("manage.confirm.revokeAll.confirm", name),
                            Verb.REVOKE_ALL,
                            input.data())));
        });
    }

    /**
     * A licence the mailbox holds, with its size; a mailbox that still needs a licence, or a licence that comes
     * from a group, is warned about here, and refused by the change itself.
     */
    CompletableFuture<Void> removeLicence(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Supplier<CompletableFuture<Void>> change) {
        String sku = input.input("sku");
        return ask(turn, texts, actor, input, pressed, change, service -> {
            Mailbox box = MailboxScope.shared(service, input.input("mailbox"));
            Licence licence = box.account().licences().stream()
                    .filter(held -> held.skuId().equalsIgnoreCase(sku))
                    .findFirst()
                    .orElseThrow(
                            () -> new MailboxException.OutOfScope(Problem.LICENCE_NOT_ASSIGNED, box.displayName()));
            List<String> warnings = new java.util.ArrayList<>();
            if (box.storage().needsLicence()) {
                warnings.add(texts.get("manage.confirm.licence.stillNeeded", box.displayName()));
            }
            if (licence.assignedByGroup()) {
                warnings.add(texts.get("problem." + Problem.LICENCE_ASSIGNED_BY_GROUP));
            }
            return Optional.of(ConfirmChangeCard.render(
                    texts,
                    new Question(
                            box.id(),
                            texts.get("manage.confirm.licence.title", licence.productName(), box.displayName()),
                            List.of(
                                    texts.get(
                                            "manage.confirm.licence.size",
                                            box.displayName(),
                                            String.format(
                                                    texts.locale(),
                                                    "%.1f GB",
                                                    box.storage().totalBytes() / GIGABYTE)),
                                    texts.get("manage.confirm.licence.free")),
                            warnings,
                            texts.get("manage.confirm.licence.confirm", licence.productName()),
                            Verb.REMOVE_LICENCE,
                            input.data())));
        });
    }

    /** A user mailbox by the id a button carries; asked more firmly when it is the administrator's own. */
    CompletableFuture<Void> convert(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Supplier<CompletableFuture<Void>> change) {
        return ask(turn, texts, actor, input, pressed, change, service -> {
            Mailbox box = MailboxScope.userMailbox(service, input.input("mailbox"));
            return Optional.of(ConvertConfirmCard.render(texts, box, isOwn(box, actor)));
        });
    }

    /** The administrator's own mailbox: the mailbox and its account are the actor's directory object. */
    static boolean isOwn(Mailbox mailbox, String actor) {
        return mailbox.id().equalsIgnoreCase(actor)
                || mailbox.account().userId().equalsIgnoreCase(actor);
    }

    /**
     * Asks {@code question} of the tenant as an administrator, and shows its card in place of the pressed one. No
     * question (the change would change nothing): the change runs and says so. A refusal is audited as the change's
     * own would be ({@code pressed}), so one press leaves one refusal, confirmed or not.
     */
    private CompletableFuture<Void> ask(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Supplier<CompletableFuture<Void>> change,
            Function<MailboxService, Optional<AdaptiveCard>> question) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure()) {
                return ManageReplies.say(turn, texts, Message.of(admin.problem()));
            }
            if (!admin.get()) {
                return refuse(turn, texts, actor, input, pressed, new MailboxException.NotAuthorised(actor));
            }
            return calls.read(question).thenCompose(asked -> {
                if (asked.isFailure()) {
                    return refuse(turn, texts, actor, input, pressed, asked.problem());
                }
                return asked.get().map(card -> ManageReplies.show(turn, card)).orElseGet(change);
            });
        });
    }

    /**
     * Said as the change would say it: on the overview when the mailbox is in scope (a right not held, a licence
     * not assigned), in a line when the press named nothing the person may see or Microsoft 365 could not be read.
     */
    private CompletableFuture<Void> refuse(
            TurnContext turn, Texts texts, String actor, UserInput input, Audited pressed, MailboxException problem) {
        CompletableFuture<Void> audited =
                problem instanceof MailboxException.OutOfScope || problem instanceof MailboxException.NotAuthorised
                        ? calls.refused(actor, pressed, problem)
                        : CompletableFuture.completedFuture(null);
        return audited.thenCompose(done -> problem.isTransient()
                ? ManageReplies.say(turn, texts, Message.of(problem))
                : overview.afterChange(
                        turn,
                        texts,
                        actor,
                        input,
                        input.input("mailbox"),
                        Attempt.<String>failed(problem),
                        (nothing, box) -> ""));
    }

    private static String rightName(Texts texts, Right right) {
        return texts.get("right." + right + ".name");
    }

    private static String names(Texts texts, List<Right> rights) {
        return rights.stream().map(right -> rightName(texts, right)).collect(Collectors.joining(", "));
    }
}
