package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.RequestListCard;
import io.postkamer.dialogs.common.MailboxCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The lists of requests a person asks for: "my requests", and "approvals": the pending ones they may decide
 * and, for an administrator, the approved new-mailbox requests waiting to be created.
 */
final class RequestLists {
    private final MailboxCalls calls;
    private final Requests requests;
    private final ApproverPolicy policy;
    private final RequestViews views;
    private final RequestLines lines;

    RequestLists(MailboxCalls calls, Requests requests, ApproverPolicy policy, RequestViews views) {
        this.calls = calls;
        this.requests = requests;
        this.policy = policy;
        this.views = views;
        this.lines = new RequestLines(requests, views);
    }

    CompletableFuture<Void> mine(TurnContext turn, Asker asker) {
        Texts texts = asker.texts();
        return calls.read(service -> RequestListCard.render(
                        texts,
                        texts.get("request.list.title"),
                        requests.store().byRequester(asker.id()).stream()
                                .map(r -> new RequestListCard.Line(r.number(), lines.text(texts, r)))
                                .toList()))
                .thenCompose(card -> RequestReplies.show(turn, texts, card));
    }

    CompletableFuture<Void> toApprove(TurnContext turn, Asker asker) {
        Texts texts = asker.texts();
        return calls.read(service -> RequestListCard.render(
                        texts, texts.get("request.list.pendingTitle"), waitingFor(texts, asker.id())))
                .thenCompose(card -> RequestReplies.show(turn, texts, card));
    }

    private List<RequestListCard.Line> waitingFor(Texts texts, String actorId) {
        List<RequestListCard.Line> waiting = new ArrayList<>();
        requests.store().pending().stream()
                .filter(r -> policy.mayDecide(actorId, r))
                .forEach(r -> waiting.add(new RequestListCard.Line(r.number(), lines.text(texts, r))));
        if (policy.isAdministrator(actorId)) {
            // Approved by someone else, the new mailbox still waits for an administrator to create it.
            requests.store().approvedNewMailboxes().stream()
                    .filter(views::awaitsCreation)
                    .filter(r -> !r.requesterId().equalsIgnoreCase(actorId))
                    .forEach(r -> waiting.add(new RequestListCard.Line(r.number(), lines.text(texts, r), true)));
        }
        return waiting;
    }
}
