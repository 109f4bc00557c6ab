package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Problem;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A request's card as the answer to a turn: once it is made or decided, and when it is opened from a list
 * or refreshed by Teams, then only for those who may see it. Every card is read from the {@link RequestStore},
 * so it works in any chat, on any instance and after a restart.
 */
final class RequestCards {
    private final MailboxCalls calls;
    private final Requests requests;
    private final ApproverPolicy policy;
    private final RequestViews views;
    private final RequestRecorder recorder;

    RequestCards(
            MailboxCalls calls,
            Requests requests,
            ApproverPolicy policy,
            RequestViews views,
            RequestRecorder recorder) {
        this.calls = calls;
        this.requests = requests;
        this.policy = policy;
        this.views = views;
        this.recorder = recorder;
    }

    /**
     * Request {@code number}, for those who may see it: its requester, its approvers, the helpdesk and
     * administrators. Anyone else is refused, and the refusal audited.
     */
    CompletableFuture<Void> view(TurnContext turn, Asker asker, long number) {
        Texts texts = asker.texts();
        return calls.store(service -> {
                    Optional<AccessRequest> request = requests.store().find(number);
                    if (request.isPresent() && !policy.mayView(asker.id(), request.get())) {
                        recorder.record(
                                request.get(),
                                asker.id(),
                                "view",
                                AuditEntry.Outcome.REFUSED,
                                "not the requester, an approver, the helpdesk or an administrator");
                        throw new MailboxException.OutOfScope(Problem.NOT_VISIBLE, "request #" + number);
                    }
                    return request;
                })
                .thenCompose(found -> {
                    if (found.isFailure()) {
                        return RequestReplies.sayProblem(turn, texts, found);
                    }
                    return found.get().isEmpty()
                            ? CardReplies.say(turn, texts.get("request.refused.notFound", number))
                            : show(turn, asker, found.get().get());
                });
    }

    /**
     * The request's card in place of the pressed one. In a personal chat the viewer's own view; where
     * others see the message too, the read-only summary, which Teams refreshes for the requester and the
     * approvers into their own views.
     */
    CompletableFuture<Void> show(TurnContext turn, Asker asker, AccessRequest request) {
        String type = turn.getActivity().getConversation().getConversationType();
        boolean personal = type == null || type.equals("personal");
        boolean refreshing = UserInput.of(turn.getActivity()).is(Verb.REFRESH_REQUEST);
        Texts texts = asker.texts();
        String viewer = asker.id();
        return calls.read(service -> personal || refreshing
                        ? views.cardFor(texts, request, viewer, views.viewFor(request, viewer), Optional.empty())
                        : views.card(texts, request, RequestCard.View.SUMMARY, Optional.empty()))
                .thenCompose(card -> RequestReplies.show(turn, texts, card));
    }

    /** The card {@code draw} makes of request {@code number}, or that there is no such request. */
    CompletableFuture<Void> show(
            TurnContext turn, Texts texts, long number, Function<AccessRequest, AdaptiveCard> draw) {
        return calls.read(service -> requests.store().find(number).map(draw)).thenCompose(found -> {
            if (found.isFailure()) {
                return RequestReplies.sayProblem(turn, texts, found);
            }
            return found.get().isEmpty()
                    ? CardReplies.say(turn, texts.get("request.refused.notFound", number))
                    : RequestReplies.show(turn, found.get().get());
        });
    }
}
