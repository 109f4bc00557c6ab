package io.postkamer.dialogs.copyaccess;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.copyaccess.CopyAccessCard;
import io.postkamer.cards.copyaccess.CopyProgressCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.HandOver;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.TenantRead;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.common.Watched;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.TenantHealthFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The copy asked for in words: both people found in the directory, every shared mailbox read in bulk (as the health
 * report reads them), and the choice of mailboxes shown; a read that outlasts the person's patience answers with its
 * progress, and the choice takes its place when it is ready.
 */
final class CopyScreen {
    private final MailboxCalls calls;
    private final Offers offers;
    private final HandOver handOver;
    private final Clock clock;
    private final CopyApply apply;
    private final CopyAccess access;

    CopyScreen(MailboxCalls calls, Offers offers, HandOver handOver, Clock clock, CopyApply apply, CopyAccess access) {
        this.calls = calls;
        this.offers = offers;
        this.handOver = handOver;
        this.clock = clock;
        this.apply = apply;
        this.access = access;
    }

    private record People(CopyPeople.Found source, CopyPeople.Found target) {}

    CompletableFuture<Void> ask(TurnContext turn, Texts texts, String actor, CopyIntents.Asked asked) {
        Audited pressed = Audited.of("", CopyAccess.COPY, asked.source(), asked.target());
        return access.asAdministrator(
                turn,
                texts,
                actor,
                pressed,
                () -> calls.read(service -> new People(
                                CopyPeople.byName(service, asked.source()), CopyPeople.byName(service, asked.target())))
                        .thenCompose(found -> {
                            if (found.isFailure()) {
                                return CardReplies.say(
                                        turn, Message.of(found.problem()).in(texts));
                            }
                            Optional<String> notFound = whyNot(
                                            texts, found.get().source())
                                    .or(() -> whyNot(texts, found.get().target()));
                            if (notFound.isPresent()) {
                                return CardReplies.say(turn, notFound.get());
                            }
                            Person source = found.get().source().person().orElseThrow();
                            Person target = found.get().target().person().orElseThrow();
                            if (source.id().equalsIgnoreCase(target.id())) {
                                return CardReplies.say(turn, texts.get("copy.samePerson"));
                            }
                            CopyOffer offer = CopyOffer.offered(
                                    CopyAccess.offerOf(turn, UUID.randomUUID().toString()),
                                    CopyOffer.Party.of(source),
                                    CopyOffer.Party.of(target),
                                    clock.instant());
                            TenantRead read = new TenantRead();
                            offers.offer(offer, read);
                            read(offer, read);
                            return handOver.endsInTime(read)
                                    .thenCompose(inTime -> inTime
                                            ? afterRead(turn, texts, offer.key(), read, Optional.empty())
                                            : progress(
                                                    handOver,
                                                    turn,
                                                    texts,
                                                    CopyProgressCard.Work.READING,
                                                    offer.key().token(),
                                                    read,
                                                    Optional.empty()));
                        }));
    }

    /**
     * The card's "show how far it is", and the bot's own turn when the read or the grants are over; on another
     * instance than the read's, the choice once the read's choices are kept.
     */
    CompletableFuture<Void> show(TurnContext turn, Texts texts, String actor, UserInput input) {
        Audited pressed = Audited.of("", CopyAccess.COPY, "", "");
        return access.asAdministrator(turn, texts, actor, pressed, () -> {
            CopyOffer.Key key = CopyAccess.offerOf(turn, input.token());
            Optional<CopyOffer> offer = offers.current(key);
            if (offer.isEmpty()) {
                return access.refuse(
                        turn, texts, actor, pressed, new MailboxException.OutOfScope(Problem.COPY_NOT_CURRENT));
            }
            Optional<String> shownIn = input.followUp()
                    ? Optional.of(input.input(HandOver.SHOWN_IN)).filter(id -> !id.isBlank())
                    : Optional.empty();
            if (offer.get().started()) {
                return apply.present(turn, texts, offer.get(), shownIn);
            }
            if (offer.get().choices().isPresent()) {
                return choice(turn, texts, offer.get(), shownIn);
            }
            Optional<TenantRead> read = offers.readHere(key);
            if (read.isEmpty()) {
                return CardReplies.say(turn, texts.get("copy.reading"));
            }
            if (read.get().isOver()) {
                return afterRead(turn, texts, key, read.get(), shownIn);
            }
            return CardReplies.show(
                            turn,
                            CopyProgressCard.render(
                                    texts,
                                    CopyProgressCard.Work.READING,
                                    key.token(),
                                    read.get().done(),
                                    read.get().total()),
                            shownIn)
                    .thenApply(shown -> null);
        });
    }

    /** The read this instance made is over: the choice as kept, or why there is none. */
    private CompletableFuture<Void> afterRead(
            TurnContext turn, Texts texts, CopyOffer.Key key, TenantRead read, Optional<String> shownIn) {
        if (read.result().isCompletedExceptionally()) {
            return CardReplies.say(turn, texts.get("flow.failed.text"));
        }
        Attempt<TenantHealthFacts> attempt = read.result().join();
        if (attempt.isFailure()) {
            return CardReplies.say(
                    turn,
                    texts.get("copy.failedRead", Message.of(attempt.problem()).in(texts)));
        }
        return offers.current(key)
                .filter(offer -> offer.choices().isPresent())
                .map(offer -> choice(turn, texts, offer, shownIn))
                .orElseGet(() -> CardReplies.say(turn, texts.get("flow.failed.text")));
    }

    private CompletableFuture<Void> choice(TurnContext turn, Texts texts, CopyOffer offer, Optional<String> shownIn) {
        CopyChoices choices = offer.choices().orElseThrow();
        CopyAccessCard.Offer shown = new CopyAccessCard.Offer(
                offer.key().token(),
                offer.source().id(),
                offer.source().name(),
                offer.target().id(),
                offer.target().name(),
                choices.choices(),
                choices.complete(),
                choices.unread(),
                choices.read(),
                Duration.between(choices.readAt(), clock.instant()));
        return CardReplies.show(turn, CopyAccessCard.render(texts, shown), shownIn)
                .thenApply(done -> null);
    }

    /** The read's or the grants' progress, handed over; the choice or the outcome takes its place when it is over. */
    static CompletableFuture<Void> progress(
            HandOver handOver,
            TurnContext turn,
            Texts texts,
            CopyProgressCard.Work kind,
            String token,
            Watched work,
            Optional<String> shownIn) {
        return handOver.progress(
                turn,
                work,
                () -> CopyProgressCard.render(texts, kind, token, work.done(), work.total()),
                shownIn,
                Verb.COPY_SHOW,
                JsonNodeFactory.instance.objectNode().put("token", token));
    }

    /** Every shared mailbox read in bulk; the choices kept for every instance before the read is said to be over. */
    private void read(CopyOffer offer, TenantRead read) {
        calls.read(service -> service.healthFacts(HealthScan.wholeTenant(read::progress)))
                .whenComplete((attempt, failure) -> {
                    if (failure != null) {
                        read.failsUnexpectedly(failure);
                        return;
                    }
                    Instant at = clock.instant();
                    if (!attempt.isFailure()) {
                        try {
                            offers.read(
                                    offer.key(),
                                    CopyChoices.of(
                                            attempt.get(),
                                            offer.source().id(),
                                            offer.target().id(),
                                            at));
                        } catch (RuntimeException unkept) {
                            read.failsUnexpectedly(unkept);
                            return;
                        }
                    }
                    read.ends(attempt, at);
                });
    }

    private static Optional<String> whyNot(Texts texts, CopyPeople.Found found) {
        return found.person().isPresent()
                ? Optional.empty()
                : Optional.of(texts.get(found.why(), found.arguments().toArray()));
    }
}
