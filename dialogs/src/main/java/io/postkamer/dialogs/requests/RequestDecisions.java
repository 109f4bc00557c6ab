package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The decisions on a request's card: Approve, and Reject with a reason asked for first. The {@link Decider}
 * makes them; the card then shows the outcome and the requester is told.
 */
final class RequestDecisions {
    private final MailboxCalls calls;
    private final Decider decider;
    private final RequestViews views;
    private final Notifications notifications;
    private final RequestCards cards;

    RequestDecisions(
            MailboxCalls calls, Decider decider, RequestViews views, Notifications notifications, RequestCards cards) {
        this.calls = calls;
        this.decider = decider;
        this.views = views;
        this.notifications = notifications;
        this.cards = cards;
    }

    CompletableFuture<Void> approve(TurnContext turn, Asker asker, long number) {
        return calls.store(service -> decider.approve(number, asker.id(), views.nameOr(asker.id(), asker.teamsName())))
                .thenCompose(outcome -> afterDecision(turn, asker, number, outcome));
    }

    /** The card again with a field for the reason, once it is clear this person may reject the request. */
    CompletableFuture<Void> askReason(TurnContext turn, Asker asker, long number) {
        Texts texts = asker.texts();
        return calls.store(service -> decider.check(number, asker.id(), "reject"))
                .thenCompose(refused -> {
                    if (refused.isFailure()) {
                        return RequestReplies.sayProblem(turn, texts, refused);
                    }
                    if (refused.get().isPresent()) {
                        return refuse(turn, texts, number, refused.get().get());
                    }
                    return cards.show(
                            turn,
                            texts,
                            number,
                            request -> views.cardFor(
                                    texts, request, asker.id(), RequestCard.View.REJECTING, Optional.empty()));
                });
    }

    CompletableFuture<Void> reject(TurnContext turn, Asker asker, long number, String reason) {
        Texts texts = asker.texts();
        if (reason.isEmpty() || reason.length() > AccessRequest.MAX_REASON) {
            return cards.show(
                    turn,
                    texts,
                    number,
                    request -> views.cardFor(
                            texts,
                            request,
                            asker.id(),
                            RequestCard.View.REJECTING,
                            Optional.of(texts.get("request.card.rejectRequired"))));
        }
        return calls.store(service ->
                        decider.reject(number, asker.id(), views.nameOr(asker.id(), asker.teamsName()), reason))
                .thenCompose(outcome -> afterDecision(turn, asker, number, outcome));
    }

    private CompletableFuture<Void> afterDecision(
            TurnContext turn, Asker asker, long number, Attempt<Decider.Outcome> outcome) {
        if (outcome.isFailure()) {
            return RequestReplies.sayProblem(turn, asker.texts(), outcome);
        }
        if (outcome.get() instanceof Decider.Refused refused) {
            return refuse(turn, asker.texts(), number, refused);
        }
        AccessRequest decided = ((Decider.Decided) outcome.get()).request();
        return cards.show(turn, asker, decided)
                .thenCompose(shown -> notifications.requesterOf(decided, asker.locale()));
    }

    private static CompletableFuture<Void> refuse(TurnContext turn, Texts texts, long number, Decider.Refused refused) {
        return CardReplies.say(turn, texts.get(refused.reason(), number));
    }
}
