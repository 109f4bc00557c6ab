package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.MailboxException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** How the mailbox screens answer: a card, a line, or a refusal that is audited. */
final class ManageReplies {
    private ManageReplies() {}

    static CompletableFuture<Void> show(TurnContext turn, AdaptiveCard card) {
        return CardReplies.show(turn, card, Optional.empty()).thenApply(shown -> null);
    }

    static CompletableFuture<Void> say(TurnContext turn, Texts texts, Message message) {
        return CardReplies.say(turn, message.in(texts));
    }

    /** A read outside its scope is said, and audited as the refusal it is; a mailbox that is not there is only said. */
    static CompletableFuture<Void> refuseRead(
            MailboxCalls calls,
            TurnContext turn,
            Texts texts,
            String actor,
            String target,
            String action,
            MailboxException problem) {
        CompletableFuture<Void> audited =
                problem instanceof MailboxException.OutOfScope || problem instanceof MailboxException.NotAuthorised
                        ? calls.refused(actor, Audited.of(target, action, "", ""), problem)
                        : CompletableFuture.completedFuture(null);
        return audited.thenCompose(done -> say(turn, texts, Message.of(problem)));
    }
}
