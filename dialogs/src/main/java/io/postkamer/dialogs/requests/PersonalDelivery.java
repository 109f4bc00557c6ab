package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.CardReplies;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card to one person's personal chat with the bot, opened for them when they never wrote to it, in their chat's
 * language; what was observed is handed to {@code outcome}: delivered, queued for retry (Teams asked to wait; the
 * final outcome follows) or not delivered with the reason. Used by every notice the bot sends on its own.
 */
public final class PersonalDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDelivery.class);

    private final Requests requests;
    private final Reach reach;
    private final Executor calls;

    /** @param calls where opening a chat runs: it may ask Microsoft Graph, so never on a turn's thread */
    public PersonalDelivery(Requests requests, Reach reach, Executor calls) {
        this.requests = requests;
        this.reach = reach;
        this.calls = calls;
    }

    /**
     * @param like a conversation in the tenant whose service URL and bot a chat opened now is shaped after
     * @param who  the person as the audit names them
     */
    public CompletableFuture<Void> toPerson(
            String personId,
            Optional<ConversationReference> like,
            String fallbackLocale,
            Function<Texts, AdaptiveCard> card,
            String who,
            BiConsumer<AuditEntry.Outcome, String> outcome) {
        return CompletableFuture.supplyAsync(() -> reach.personalChat(personId, like), calls)
                .handle((reference, unreachable) -> {
                    if (unreachable != null) {
                        LOG.warn("Cannot reach {}", personId, unreachable);
                        outcome.accept(
                                AuditEntry.Outcome.NOT_DELIVERED,
                                who + ": not reachable: " + DeliveryFailure.reason(unreachable));
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    String locale = Optional.ofNullable(reference.getLocale())
                            .filter(l -> !l.isBlank())
                            .orElse(fallbackLocale);
                    return deliver(reference, card.apply(Texts.forLocale(locale)), who, outcome);
                })
                .thenCompose(Function.identity());
    }

    /** Settles when the message is delivered, queued for retry or known not delivered; the final outcome is told too. */
    public CompletableFuture<Void> deliver(
            ConversationReference to, AdaptiveCard card, String who, BiConsumer<AuditEntry.Outcome, String> outcome) {
        Activity message = MessageFactory.attachment(CardReplies.attachment(card));
        CompletableFuture<Void> settled = new CompletableFuture<>();
        AtomicBoolean queued = new AtomicBoolean();
        CompletableFuture<Void> sent;
        try {
            sent = requests.messenger().send(to, message, refusal -> {
                if (queued.compareAndSet(false, true)) {
                    outcome.accept(AuditEntry.Outcome.QUEUED, who + ": " + DeliveryFailure.reason(refusal));
                    settled.complete(null);
                }
            });
        } catch (RuntimeException failure) {
            sent = CompletableFuture.failedFuture(failure);
        }
        sent.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.warn("Could not deliver a notice to {}", who, failure);
                outcome.accept(AuditEntry.Outcome.NOT_DELIVERED, who + ": " + DeliveryFailure.reason(failure));
            } else {
                outcome.accept(AuditEntry.Outcome.DELIVERED, who);
            }
            settled.complete(null);
        });
        return settled;
    }
}
