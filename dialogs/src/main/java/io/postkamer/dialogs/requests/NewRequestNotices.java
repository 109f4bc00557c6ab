package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.create.NoticeCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.MailboxCalls;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Tells of a request just made: its approvers and the helpdesk channel get its card, and the requester is
 * warned when none of the approvers could be reached.
 */
final class NewRequestNotices {
    private final MailboxCalls calls;
    private final Requests requests;
    private final RequestViews views;
    private final Notifications notifications;

    NewRequestNotices(MailboxCalls calls, Requests requests, RequestViews views, Notifications notifications) {
        this.calls = calls;
        this.requests = requests;
        this.views = views;
        this.notifications = notifications;
    }

    CompletableFuture<Void> tell(TurnContext turn, Asker asker, AccessRequest request) {
        return notifications
                .approversOf(request, asker.locale())
                .thenCompose(told -> notifications.helpdeskChannel(request, asker.locale(), Optional.empty()))
                .thenCompose(posted -> warnIfNobodyReached(turn, asker.texts(), request));
    }

    /**
     * When the notice reached none of the approvers (each was not delivered: no chat could be opened,
     * Teams refused), nobody saw the request: the requester is told whom to ask to open Postkamer, and
     * that the helpdesk can decide it too.
     */
    private CompletableFuture<Void> warnIfNobodyReached(TurnContext turn, Texts texts, AccessRequest request) {
        return calls.read(service ->
                        nobodyReached(request) ? Optional.of(approverNames(request)) : Optional.<String>empty())
                .thenCompose(unreached ->
                        unreached.isFailure() || unreached.get().isEmpty()
                                ? CompletableFuture.completedFuture(null)
                                : RequestReplies.show(
                                        turn,
                                        NoticeCard.render(
                                                texts,
                                                NoticeCard.Tone.WARNING,
                                                texts.get("request.unreached.title", request.number()),
                                                List.of(texts.get(
                                                        "request.unreached.text",
                                                        unreached.get().get())))));
    }

    private String approverNames(AccessRequest request) {
        return request.approverIds().stream().map(views::nameOf).collect(Collectors.joining(", "));
    }

    private boolean nobodyReached(AccessRequest request) {
        return !request.approverIds().isEmpty()
                && requests.audit().ofRequest(request.number()).stream()
                        .filter(entry -> entry.action().equals("notify approver"))
                        .map(AuditEntry::outcome)
                        .noneMatch(outcome ->
                                outcome == AuditEntry.Outcome.DELIVERED || outcome == AuditEntry.Outcome.QUEUED);
    }
}
