package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.manage.MailboxOverviewCard;
import io.postkamer.cards.manage.MailboxOverviewCard.Notice;
import io.postkamer.cards.manage.MailboxOverviewCard.Retry;
import io.postkamer.cards.manage.MailboxPublicCard;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.requests.MailboxOwners;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Problem;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A mailbox's overview as the answer to a turn: as it is now, with what a change just did, or the public
 * card for someone who neither runs nor uses the mailbox.
 */
final class OverviewScreen {
    private final MailboxCalls calls;
    private final MailboxOwners owners;

    OverviewScreen(MailboxCalls calls, MailboxOwners owners) {
        this.calls = calls;
        this.owners = owners;
    }

    CompletableFuture<Void> show(
            TurnContext turn, Texts texts, String actor, String mailboxId, Optional<Notice> notice) {
        return show(turn, texts, actor, mailboxId, mailbox -> notice);
    }

    /**
     * The overview as it is now, of a shared mailbox only: asked about anything else (a person, a user
     * mailbox), it refuses, and the refusal is audited. Someone who neither runs nor uses the mailbox sees
     * its name, its address and how to ask for access. The notice may name the mailbox, so it is written
     * once the mailbox is read.
     */
    CompletableFuture<Void> show(
            TurnContext turn, Texts texts, String actor, String mailboxId, Function<Mailbox, Optional<Notice>> notice) {
        return Overview.read(calls, owners, mailboxId, actor).thenCompose(found -> {
            if (found.isFailure()) {
                return refuseRead(turn, texts, actor, mailboxId, "open overview", found.problem());
            }
            Overview view = found.get();
            if (!view.mayRead()) {
                return show(turn, MailboxPublicCard.render(texts, view.mailbox()));
            }
            return show(
                    turn,
                    MailboxOverviewCard.render(
                            texts,
                            view.mailbox(),
                            view.delegates(),
                            view.administrator(),
                            notice.apply(view.mailbox())));
        });
    }

    /**
     * The overview with what the change did. A change that failed for a passing reason gets a button
     * that does it again: the button that was pressed may be gone (a switch of automapping that removed
     * Full Access and could not give it back), and every change here is safe to repeat. A change refused
     * because the person may not make it, or because the press named no shared mailbox, says so and shows
     * nothing of what it named.
     */
    <T> CompletableFuture<Void> afterChange(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            String mailboxId,
            Attempt<T> result,
            BiFunction<T, Mailbox, String> done) {
        if (result.isFailure()
                && (result.problem() instanceof MailboxException.NotAuthorised
                        || result.problem().problem() == Problem.NOT_A_SHARED_MAILBOX
                        || result.problem().problem() == Problem.NOT_A_USER_MAILBOX
                        || result.problem() instanceof MailboxException.NotFound)) {
            // Refused before anything was read: said, and nothing shown of what the press named.
            return say(turn, texts, Message.of(result.problem()));
        }
        return show(
                turn,
                texts,
                actor,
                mailboxId,
                mailbox -> Optional.of(
                        result.isFailure()
                                ? new Notice(
                                        Message.of(result.problem()).in(texts),
                                        true,
                                        Optional.of(result.problem())
                                                .filter(MailboxException::isTransient)
                                                .map(passing -> new Retry(input.verb(), input.data())))
                                : new Notice(done.apply(result.get(), mailbox), false)));
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
