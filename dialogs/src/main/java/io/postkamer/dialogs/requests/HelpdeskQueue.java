package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.RequestQueueCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The helpdesk's side of requests: the queue of pending requests, oldest first, and of approved new
 * mailboxes not created yet; taking one on ("assign"),
 * and an administrator making a channel the helpdesk channel, where every new request's card is posted.
 */
final class HelpdeskQueue {
    private final MailboxCalls calls;
    private final Requests requests;
    private final ApproverPolicy policy;
    private final RequestViews views;
    private final RequestRecorder recorder;
    private final Reach reach;
    private final RequestLines lines;

    HelpdeskQueue(
            MailboxCalls calls,
            Requests requests,
            ApproverPolicy policy,
            RequestViews views,
            RequestRecorder recorder,
            Reach reach) {
        this.calls = calls;
        this.requests = requests;
        this.policy = policy;
        this.views = views;
        this.recorder = recorder;
        this.reach = reach;
        this.lines = new RequestLines(requests, views);
    }

    /** The queue, for the helpdesk and administrators only. */
    CompletableFuture<Void> show(TurnContext turn, Asker asker) {
        Texts texts = asker.texts();
        return calls.read(service -> policy.mayTriage(asker.id())
                        ? Optional.of(queueCard(texts, asker.id()))
                        : Optional.<AdaptiveCard>empty())
                .thenCompose(card -> {
                    if (card.isFailure()) {
                        return RequestReplies.sayProblem(turn, texts, card);
                    }
                    return card.get().isEmpty()
                            ? CardReplies.say(turn, texts.get("request.queue.helpdeskOnly"))
                            : RequestReplies.show(turn, card.get().get());
                });
    }

    /**
     * Pending requests, oldest first, with Approve where this reader may decide them; then approved
     * new-mailbox requests not created yet, with "Create this mailbox" for an administrator.
     */
    private AdaptiveCard queueCard(Texts texts, String readerId) {
        List<RequestQueueCard.Line> lines = new ArrayList<>();
        requests.store().pending().stream()
                .sorted(Comparator.comparing(AccessRequest::createdAt))
                .forEach(r -> lines.add(new RequestQueueCard.Line(
                        r.number(),
                        this.lines.text(texts, r)
                                + " · "
                                + r.assignedName()
                                        .map(name -> texts.get("request.queue.assigned", name))
                                        .orElse(texts.get("request.queue.unassigned")),
                        true,
                        policy.mayDecide(readerId, r),
                        false)));
        boolean administrator = policy.isAdministrator(readerId);
        requests.store().approvedNewMailboxes().stream()
                .filter(views::awaitsCreation)
                .forEach(r -> lines.add(new RequestQueueCard.Line(
                        r.number(),
                        this.lines.text(texts, r),
                        false,
                        false,
                        administrator && !r.requesterId().equalsIgnoreCase(readerId))));
        return RequestQueueCard.render(texts, lines);
    }

    /** The person pressing takes the request on; the queue then shows whose it is. */
    CompletableFuture<Void> assign(TurnContext turn, Asker asker, long number) {
        Texts texts = asker.texts();
        return calls.store(service -> refusalToAssign(asker, number)).thenCompose(refusal -> {
            if (refusal.isFailure()) {
                return RequestReplies.sayProblem(turn, texts, refusal);
            }
            return refusal.get().isPresent()
                    ? CardReplies.say(turn, texts.get(refusal.get().get(), number))
                    : show(turn, asker);
        });
    }

    /** Assigns the request to the asker; why not, as a text key, when they may not or it is decided. */
    private Optional<String> refusalToAssign(Asker asker, long number) {
        if (!policy.mayTriage(asker.id())) {
            return Optional.of("request.queue.helpdeskOnly");
        }
        Optional<AccessRequest> request = requests.store().find(number);
        if (request.isEmpty()) {
            return Optional.of("request.refused.notFound");
        }
        String name = views.nameOr(asker.id(), asker.teamsName());
        if (!requests.store().assign(number, asker.id(), name)) {
            return Optional.of("request.refused.decided");
        }
        recorder.record(request.get(), asker.id(), "assign", AuditEntry.Outcome.DONE, name);
        return Optional.empty();
    }

    /** This channel becomes the helpdesk channel; only an administrator may say so, and only in a channel. */
    CompletableFuture<Void> setChannel(TurnContext turn, Asker asker) {
        Texts texts = asker.texts();
        Activity activity = turn.getActivity();
        String type = activity.getConversation().getConversationType();
        if (type == null || type.equals("personal")) {
            return CardReplies.say(turn, texts.get("request.channel.notAChannel"));
        }
        return calls.isAdministrator(asker.id()).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return CardReplies.say(turn, texts.get("request.channel.adminsOnly"));
            }
            return calls.store(service -> {
                        reach.makeHelpdeskChannel(activity);
                        String channel = Reach.channelId(activity);
                        recorder.record(
                                asker.id(),
                                "set helpdesk channel",
                                new AuditEntry.Target(channel, channel, ""),
                                AuditEntry.Outcome.DONE,
                                "");
                        return channel;
                    })
                    .thenCompose(done -> done.isFailure()
                            ? RequestReplies.sayProblem(turn, texts, done)
                            : CardReplies.say(turn, texts.get("request.channel.set")));
        });
    }
}
