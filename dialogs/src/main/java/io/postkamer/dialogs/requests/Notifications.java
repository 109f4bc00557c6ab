package io.postkamer.dialogs.requests;

import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.create.NoticeCard;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.mailbox.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Tells people about requests in their personal chat with the bot: approvers get a new request to
 * decide, the requester the decision and the end of time-bound access, the helpdesk channel the
 * request's card. Someone who never wrote to the bot gets a chat opened for them ({@link Reach}). Every
 * notice ends in the history as what was observed: delivered, queued for retry (Teams asked to wait;
 * the final outcome follows), or not delivered with the reason. A notice that fails never undoes the
 * decision it tells of.
 */
public final class Notifications {
    private final RequestViews views;
    private final RequestRecorder recorder;
    private final Reach reach;
    private final PersonalDelivery delivery;

    /**
     * @param calls where opening a chat runs: it may ask Microsoft Graph, so never on a turn's thread
     */
    public Notifications(Requests requests, RequestViews views, RequestRecorder recorder, Reach reach, Executor calls) {
        this.views = views;
        this.recorder = recorder;
        this.reach = reach;
        this.delivery = new PersonalDelivery(requests, reach, calls);
    }

    /** Settles once each approver's notice is delivered, queued for retry or known not delivered. */
    public CompletableFuture<Void> approversOf(AccessRequest request, String fallbackLocale) {
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (String approver : request.approverIds()) {
            sends.add(toPerson(
                    request,
                    approver,
                    fallbackLocale,
                    "notify approver",
                    texts -> views.card(texts, request, RequestCard.View.APPROVER, Optional.empty())));
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }

    /** The request's card in the helpdesk channel, if there is one: read-only, refreshed per viewer. */
    public CompletableFuture<Void> helpdeskChannel(AccessRequest request, String locale, Optional<String> banner) {
        Optional<ConversationReference> channel = reach.remembered(Reach.HELPDESK_CHANNEL);
        if (channel.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Texts texts =
                Texts.forLocale(Optional.ofNullable(channel.get().getLocale()).orElse(locale));
        AdaptiveCard card = views.card(
                texts,
                request,
                RequestCard.View.SUMMARY,
                banner.map(key -> texts.get(
                        key,
                        request.number(),
                        texts.date(request.createdAt()
                                .atZone(java.time.ZoneOffset.UTC)
                                .toLocalDate()))));
        return deliver(request, channel.get(), card, "post to helpdesk channel", "helpdesk channel");
    }

    public CompletableFuture<Void> requesterOf(AccessRequest request, String fallbackLocale) {
        return toPerson(
                request, request.requesterId(), fallbackLocale, "notify requester", texts -> decision(texts, request));
    }

    /** The requester is told who decides their request now that the helpdesk passed it on. */
    public CompletableFuture<Void> requesterOfHandOver(
            AccessRequest request, String approverName, String fallbackLocale) {
        return toPerson(
                request,
                request.requesterId(),
                fallbackLocale,
                "notify requester of reassignment",
                texts -> NoticeCard.render(
                        texts,
                        NoticeCard.Tone.DEFAULT,
                        texts.get("request.notify.passedOnTitle", request.number()),
                        List.of(texts.get(
                                "request.notify.passedOn",
                                RequestViews.rights(texts, request),
                                RequestViews.mailboxLabel(request),
                                approverName))));
    }

    /** A notice about the request to its requester (the end of time-bound access, and the day before). */
    public CompletableFuture<Void> requesterNotice(
            AccessRequest request, String event, String fallbackLocale, Function<Texts, AdaptiveCard> card) {
        return toPerson(request, request.requesterId(), fallbackLocale, event, card);
    }

    private static AdaptiveCard decision(Texts texts, AccessRequest request) {
        String mailbox = RequestViews.mailboxLabel(request);
        String rights = RequestViews.rights(texts, request);
        String by = request.decidedByName().orElse("");
        List<String> lines = new ArrayList<>();
        String title;
        NoticeCard.Tone tone;
        if (request.state() == RequestState.REJECTED) {
            title = texts.get("request.notify.rejectedTitle", request.number());
            tone = NoticeCard.Tone.WARNING;
            lines.add(texts.get(
                    "request.notify.rejected",
                    rights,
                    mailbox,
                    by,
                    request.rejectReason().orElse("")));
        } else if (request.applied() == ApplyState.FAILED) {
            title = texts.get("request.notify.approvedTitle", request.number());
            tone = NoticeCard.Tone.ATTENTION;
            lines.add(texts.get("request.notify.failed", request.number()));
        } else {
            title = texts.get("request.notify.approvedTitle", request.number());
            tone = NoticeCard.Tone.DEFAULT;
            lines.add(texts.get("request.notify.approved", rights, mailbox, by));
            if (request.rights().contains(Right.FULL_ACCESS)) {
                lines.add(texts.get("request.notify.open"));
            }
            if (request.rights().contains(Right.SEND_AS)) {
                lines.add(texts.get("request.notify.sendAs"));
            }
            if (request.rights().contains(Right.SEND_ON_BEHALF)) {
                lines.add(texts.get("request.notify.sendOnBehalf"));
            }
            request.until().ifPresent(until -> lines.add(texts.get("request.notify.until", texts.date(until))));
        }
        return NoticeCard.render(texts, tone, title, lines);
    }

    /**
     * To a person's personal chat, opened for them when they never wrote to the bot; shaped after the
     * requester's chat (same tenant, service URL and bot).
     */
    private CompletableFuture<Void> toPerson(
            AccessRequest request,
            String personId,
            String fallbackLocale,
            String event,
            Function<Texts, AdaptiveCard> card) {
        String who = views.nameOf(personId) + " (" + personId + ")";
        return delivery.toPerson(
                personId,
                reach.remembered(request.requesterId()),
                fallbackLocale,
                card,
                who,
                (outcome, detail) -> record(request, event, outcome, detail));
    }

    private CompletableFuture<Void> deliver(
            AccessRequest request, ConversationReference to, AdaptiveCard card, String event, String who) {
        return delivery.deliver(to, card, who, (outcome, detail) -> record(request, event, outcome, detail));
    }

    private void record(AccessRequest request, String event, AuditEntry.Outcome outcome, String detail) {
        recorder.record(request, "postkamer", event, outcome, detail);
    }
}
