package io.postkamer.dialogs.copyaccess;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.NotAuthorisedCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.FollowUps;
import io.postkamer.dialogs.common.HandOver;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.MailboxException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * "give Ger the same mailbox access as Flip", "geef Ger dezelfde toegang als Flip": an administrator copies one
 * person's rights on the shared mailboxes to another, and the buttons of its cards, whatever else the conversation is
 * doing. Anyone else is refused with the not-authorised card, and the refusal audited.
 */
public final class CopyAccess {
    /** The audit's phrase for a copy refused as a whole, or on one mailbox. */
    static final String COPY = "copy mailbox access";

    private final MailboxCalls calls;
    private final CopyScreen screen;
    private final CopyApply apply;

    /** @param store where offers are kept, so that another instance or a restart goes on with a card's press */
    public CopyAccess(
            MailboxCalls calls, CopyOfferStore store, BotSettings settings, Clock clock, FollowUps followUps) {
        this.calls = calls;
        Offers offers =
                new Offers(store, clock, ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID());
        HandOver handOver = HandOver.withinTurn(followUps, settings.patience());
        this.apply = new CopyApply(calls, offers, handOver, settings.patience(), this);
        this.screen = new CopyScreen(calls, offers, handOver, clock, apply, this);
    }

    public boolean handlesAction(UserInput input) {
        return input.action()
                .filter(verb -> verb.feature() == Verb.Feature.COPY)
                .isPresent();
    }

    public boolean handlesText(UserInput input) {
        return input.isText() && CopyIntents.of(input.text()).isPresent();
    }

    public CompletableFuture<Void> answer(TurnContext turn, UserInput input) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        String actor = Actor.idOf(turn);
        if (input.isText()) {
            return screen.ask(turn, texts, actor, CopyIntents.of(input.text()).orElseThrow());
        }
        return switch (input.action().orElseThrow()) {
            case COPY_SHOW -> screen.show(turn, texts, actor, input);
            case COPY_APPLY -> apply.press(turn, texts, actor, input);
            default -> throw new IllegalArgumentException("not a verb of copying access: " + input.verb());
        };
    }

    /** {@code then} for an administrator; anyone else gets the not-authorised card, the refusal audited as pressed. */
    CompletableFuture<Void> asAdministrator(
            TurnContext turn, Texts texts, String actor, Audited pressed, Supplier<CompletableFuture<Void>> then) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure()) {
                return CardReplies.say(turn, Message.of(admin.problem()).in(texts));
            }
            if (!admin.get()) {
                return calls.refused(actor, pressed, new MailboxException.NotAuthorised(actor))
                        .thenCompose(
                                audited -> CardReplies.show(turn, NotAuthorisedCard.render(texts), Optional.empty()))
                        .thenApply(shown -> null);
            }
            return then.get();
        });
    }

    /** A press refused: audited once as pressed, and the reason said; nothing is changed. */
    CompletableFuture<Void> refuse(TurnContext turn, Texts texts, String actor, Audited pressed, MailboxException why) {
        return calls.refused(actor, pressed, why)
                .thenCompose(audited -> CardReplies.say(turn, Message.of(why).in(texts)));
    }

    /** The offer a card's token names in the conversation of this turn: offers are kept per conversation. */
    static CopyOffer.Key offerOf(TurnContext turn, String token) {
        String conversation = turn.getActivity().getConversation() == null
                ? ""
                : Optional.ofNullable(turn.getActivity().getConversation().getId())
                        .orElse("");
        return new CopyOffer.Key(conversation, token);
    }
}
