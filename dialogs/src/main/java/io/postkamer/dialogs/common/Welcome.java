package io.postkamer.dialogs.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.WelcomeCard;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The welcome and help card for the reader's role: the directory is asked, and if it cannot say, the reader is
 * staff. The role is kept a minute for this card only (it shows what the reader may do; every change asks the
 * directory again), so a "help" is answered without a trip to the mailbox threads.
 */
public final class Welcome {
    private final MailboxCalls calls;
    private final Cache<String, WelcomeCard.Audience> audiences = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .recordStats()
            .build();

    public Welcome(MailboxCalls calls) {
        this.calls = calls;
    }

    /** The card, with what was not understood said back when there is something. */
    public CompletableFuture<Void> send(TurnContext turn, Optional<String> notUnderstood) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        return audience(Actor.idOf(turn))
                .thenCompose(reader -> turn.sendActivity(MessageFactory.attachment(
                        CardReplies.attachment(WelcomeCard.render(texts, reader, notUnderstood)))))
                .thenApply(sent -> null);
    }

    /** Whose help card is whose, for the caches' hit ratios. */
    public Cache<String, WelcomeCard.Audience> audiences() {
        return audiences;
    }

    private CompletableFuture<WelcomeCard.Audience> audience(String actor) {
        WelcomeCard.Audience known = audiences.getIfPresent(actor);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return calls.isAdministrator(actor).thenApply(admin -> {
            if (admin.isFailure()) {
                return WelcomeCard.Audience.STAFF;
            }
            WelcomeCard.Audience read = admin.get() ? WelcomeCard.Audience.ADMINISTRATOR : WelcomeCard.Audience.STAFF;
            audiences.put(actor, read);
            return read;
        });
    }
}
