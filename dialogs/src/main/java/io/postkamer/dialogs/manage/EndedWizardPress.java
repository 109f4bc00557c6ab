package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.MailboxExistsCard;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.MailboxException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A button of a create wizard that is over (stopped, finished, or its state gone), pressed later. When the mailbox
 * it was about exists, the answer is that mailbox as it is now with its overview one press away, not "start again".
 * The mailbox the card names is only a name to look up: it is read from Exchange and must be a shared mailbox, for
 * an administrator, like any other press; anything else is refused and audited. A mailbox that does not exist (the
 * wizard stopped before making it) gets no answer here, so the old card is answered as expired.
 */
public final class EndedWizardPress {
    private static final String ACTION = "open from an ended wizard";

    private final MailboxCalls calls;

    public EndedWizardPress(MailboxCalls calls) {
        this.calls = calls;
    }

    /** A wizard step's button with its step token: a card of a wizard, whether or not one is under way. */
    public static boolean isWizardCard(UserInput input) {
        return input.action()
                        .filter(verb -> verb.feature() == Verb.Feature.CREATE)
                        .isPresent()
                && !input.token().isEmpty()
                && !input.followUp();
    }

    public CompletableFuture<Void> answer(TurnContext turn, UserInput input) {
        String mailbox = input.input("mailbox");
        if (mailbox.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        String actor = Actor.idOf(turn);
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure()) {
                return ManageReplies.say(turn, texts, Message.of(admin.problem()));
            }
            if (!admin.get()) {
                return ManageReplies.refuseRead(
                        calls, turn, texts, actor, mailbox, ACTION, new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> MailboxScope.shared(service, mailbox)).thenCompose(found -> {
                if (found.isFailure()) {
                    return found.problem() instanceof MailboxException.NotFound
                            ? CompletableFuture.completedFuture(null)
                            : ManageReplies.refuseRead(calls, turn, texts, actor, mailbox, ACTION, found.problem());
                }
                return ManageReplies.show(
                        turn,
                        MailboxExistsCard.render(
                                texts,
                                texts.get("flow.exists.title", found.get().displayName()),
                                List.of(texts.get("flow.exists.text")),
                                found.get()));
            });
        });
    }
}
