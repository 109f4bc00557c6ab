package io.postkamer.dialogs.reviews;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.DirectoryNames;
import io.postkamer.dialogs.requests.PersonalDelivery;
import io.postkamer.dialogs.requests.Reach;
import io.postkamer.dialogs.requests.RequestRecorder;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A review's cards and notices to people's personal chats: what was observed goes into the mailbox's history under
 * the person it was for (delivered, queued, not delivered and why).
 */
final class ReviewNotices {
    private final PersonalDelivery delivery;
    private final Reach reach;
    private final RequestRecorder recorder;
    private final DirectoryNames names;

    ReviewNotices(PersonalDelivery delivery, Reach reach, RequestRecorder recorder, DirectoryNames names) {
        this.delivery = delivery;
        this.reach = reach;
        this.recorder = recorder;
        this.names = names;
    }

    /**
     * @param event what the audit calls it ("notify reviewer", "remind reviewer", "notify member of removal")
     * @param like  whose chat a chat opened now is shaped after: the person who started the review
     */
    CompletableFuture<Void> send(
            AccessReview review,
            ReviewedMailbox mailbox,
            String personId,
            String event,
            Function<Texts, AdaptiveCard> card) {
        String name = names.nameOf(personId);
        AuditEntry.Target target = new AuditEntry.Target(personId, name, mailbox.address());
        return delivery.toPerson(
                personId,
                reach.remembered(review.startedBy()).or(() -> reach.remembered(Reach.HELPDESK_CHANNEL)),
                "en-US",
                card,
                name + " (" + personId + ")",
                (outcome, detail) -> recorder.record(
                        "postkamer", event, target, outcome, "access review #" + review.id() + ": " + detail));
    }
}
