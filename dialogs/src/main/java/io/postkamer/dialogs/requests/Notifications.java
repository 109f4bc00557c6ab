package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.create.NoticeCard;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.mailbox.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people about requests in their personal chat with the bot, where it has seen them: approvers
 * get a new request to decide, the requester the decision. Someone the bot cannot reach is recorded in
 * the history; a failed send is recorded too and never undoes the decision.
 */
public final class Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    /** Where the helpdesk channel's reference is kept among the people's. */
    public static final String HELPDESK_CHANNEL = "#helpdesk-channel";

    private final Requests requests;
    private final RequestViews views;
    private final RequestRecorder recorder;

    public Notifications(Requests requests, RequestViews views, RequestRecorder recorder) {
        this.requests = requests;
        this.views = views;
        this.recorder = recorder;
    }

    public CompletableFuture<Void> approversOf(AccessRequest request, String fallbackLocale) {
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (String approver : request.approverIds()) {
            Texts texts = Texts.forLocale(localeOf(approver, fallbackLocale));
            AdaptiveCard card = views.card(texts, request, RequestCard.View.APPROVER, Optional.empty());
            sends.add(send(request, approver, card, "notify approver"));
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }

    /** The request's card in the helpdesk channel, if there is one: read-only, refreshed per viewer. */
    public CompletableFuture<Void> helpdeskChannel(AccessRequest request, String locale, Optional<String> banner) {
        var channel = requests.references().of(HELPDESK_CHANNEL);
        if (channel.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Texts texts = Texts.forLocale(Optional.ofNullable(channel.get().getLocale()).orElse(locale));
        AdaptiveCard card = views.card(texts, request, RequestCard.View.SUMMARY, banner.map(key ->
                texts.get(key, request.number(), request.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())));
        return send(request, HELPDESK_CHANNEL, card, "post to helpdesk channel");
    }

    public CompletableFuture<Void> requesterOf(AccessRequest request, String fallbackLocale) {
        Texts texts = Texts.forLocale(localeOf(request.requesterId(), fallbackLocale));
        String mailbox = RequestViews.mailboxLabel(request);
        String rights = RequestViews.rights(texts, request);
        String by = request.decidedByName().orElse("");
        List<String> lines = new ArrayList<>();
        String title;
        NoticeCard.Tone tone;
        if (request.state() == RequestState.REJECTED) {
            title = texts.get("request.notify.rejectedTitle", request.number());
            tone = NoticeCard.Tone.WARNING;
            lines.add(texts.get("request.notify.rejected", rights, mailbox, by, request.rejectReason().orElse("")));
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
            request.until().ifPresent(until -> lines.add(texts.get("request.notify.until", until)));
        }
        return send(request, request.requesterId(), NoticeCard.render(texts, tone, title, lines), "notify requester");
    }

    private CompletableFuture<Void> send(AccessRequest request, String personId, AdaptiveCard card, String event) {
        var reference = requests.references().of(personId);
        if (reference.isEmpty()) {
            record(request, event, HistoryEntry.FAILED, "not reachable: " + personId);
            return CompletableFuture.completedFuture(null);
        }
        Activity message = MessageFactory.attachment(CardReplies.attachment(card));
        CompletableFuture<Void> sent;
        try {
            sent = requests.messenger().send(reference.get(), message);
        } catch (RuntimeException failure) {
            sent = CompletableFuture.failedFuture(failure);
        }
        return sent.handle((done, failure) -> {
            if (failure != null) {
                LOG.warn("Could not tell {} about request #{}", personId, request.number(), failure);
                record(request, event, HistoryEntry.FAILED, personId + ": " + failure.getMessage());
            } else {
                record(request, event, HistoryEntry.DONE, personId);
            }
            return null;
        });
    }

    private String localeOf(String personId, String fallback) {
        return requests.references().of(personId).map(reference -> reference.getLocale())
                .filter(locale -> locale != null && !locale.isBlank()).orElse(fallback);
    }

    private void record(AccessRequest request, String event, String outcome, String detail) {
        recorder.record(request, "postkamer", event, outcome, detail);
    }
}
