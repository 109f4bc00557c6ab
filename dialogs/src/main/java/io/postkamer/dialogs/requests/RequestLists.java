package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.RequestListCard;
import io.postkamer.dialogs.common.MailboxCalls;
import java.util.concurrent.CompletableFuture;

/** The lists of requests a person asks for: "my requests", and "approvals", the pending ones they may decide. */
final class RequestLists {
    private final MailboxCalls calls;
    private final Requests requests;
    private final ApproverPolicy policy;
    private final RequestViews views;

    RequestLists(MailboxCalls calls, Requests requests, ApproverPolicy policy, RequestViews views) {
        this.calls = calls;
        this.requests = requests;
        this.policy = policy;
        this.views = views;
    }

    CompletableFuture<Void> mine(TurnContext turn, Asker asker) {
        Texts texts = asker.texts();
        return calls.read(service -> RequestListCard.render(
                        texts,
                        texts.get("request.list.title"),
                        requests.store().byRequester(asker.id()).stream()
                                .map(r -> views.line(texts, r))
                                .toList()))
                .thenCompose(card -> RequestReplies.show(turn, texts, card));
    }

    CompletableFuture<Void> toApprove(TurnContext turn, Asker asker) {
        Texts texts = asker.texts();
        return calls.read(service -> RequestListCard.render(
                        texts,
                        texts.get("request.list.pendingTitle"),
                        requests.store().pending().stream()
                                .filter(r -> policy.refusal(asker.id(), r).isEmpty())
                                .map(r -> views.line(texts, r))
                                .toList()))
                .thenCompose(card -> RequestReplies.show(turn, texts, card));
    }
}
