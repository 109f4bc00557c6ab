package io.postkamer.dialogs.copyaccess;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.copyaccess.CopyAccessCard;
import io.postkamer.cards.copyaccess.CopyProgressCard;
import io.postkamer.cards.copyaccess.CopyResultCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.HandOver;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * "Give access" pressed, on whichever instance: checked against what this bot offered on that card (the same people,
 * only mailboxes it offered, as kept in the store) and against the directory now, then granted mailbox by mailbox
 * ({@link CopyGrants}) by the one press that claims the card's grants. Any other press of the same card grants nothing
 * and audits nothing: it shows the grants as far as they are; once the claim's lease has passed (its instance
 * stopped), the next press takes them over and does only the mailboxes not settled.
 */
final class CopyApply {
    private final MailboxCalls calls;
    private final Offers offers;
    private final HandOver handOver;
    private final Duration patience;
    private final CopyAccess access;
    private final CopyGrants grants;

    CopyApply(MailboxCalls calls, Offers offers, HandOver handOver, Duration patience, CopyAccess access) {
        this.calls = calls;
        this.offers = offers;
        this.handOver = handOver;
        this.patience = patience;
        this.access = access;
        this.grants = new CopyGrants(calls);
    }

    private record Pair(Person source, Person target) {}

    CompletableFuture<Void> press(TurnContext turn, Texts texts, String actor, UserInput input) {
        Audited pressed =
                Audited.of(input.input("target"), CopyAccess.COPY, input.input("source"), input.input("target"));
        return access.asAdministrator(turn, texts, actor, pressed, () -> {
            CopyOffer.Key key = CopyAccess.offerOf(turn, input.token());
            Optional<CopyOffer> found = offers.current(key)
                    .filter(offer -> offer.source().id().equalsIgnoreCase(input.input("source"))
                            && offer.target().id().equalsIgnoreCase(input.input("target")));
            if (found.isEmpty()) {
                return notCurrent(turn, texts, actor, pressed);
            }
            CopyOffer offer = found.get();
            if (offer.isFinished() || offers.runningHere(key).isPresent()) {
                return present(turn, texts, offer, Optional.empty());
            }
            if (offer.started()) {
                return grant(turn, texts, actor, pressed, offer, offer.chosen());
            }
            if (offer.choices().isEmpty()) {
                return offers.readHere(key).filter(read -> read.isOver()).isPresent()
                        ? notCurrent(turn, texts, actor, pressed)
                        : CardReplies.say(turn, texts.get("copy.reading"));
            }
            List<String> chosen = chosen(input);
            if (!chosen.stream().allMatch(offer.choices().get()::offers)) {
                return notCurrent(turn, texts, actor, pressed);
            }
            if (chosen.isEmpty()) {
                return CardReplies.say(turn, texts.get("copy.nothingChosen"));
            }
            return grant(turn, texts, actor, pressed, offer, CopyOffer.keys(chosen));
        });
    }

    /** The people checked now, then the grants claimed: by this press, or shown as another press runs them. */
    private CompletableFuture<Void> grant(
            TurnContext turn, Texts texts, String actor, Audited pressed, CopyOffer offer, Set<String> chosen) {
        return calls.read(service -> new Pair(
                        CopyPeople.byId(service, offer.source().id()),
                        CopyPeople.byId(service, offer.target().id())))
                .thenCompose(people -> {
                    if (people.isFailure()) {
                        return access.refuse(turn, texts, actor, pressed, people.problem());
                    }
                    offers.claim(offer.key(), chosen)
                            .ifPresent(run -> grants.start(
                                    actor, people.get().source(), people.get().target(), run));
                    return present(turn, texts, offer, Optional.empty());
                });
    }

    /**
     * The outcome when the grants are over (now, or within the person's patience); else their progress: handed over
     * when this instance runs them, as kept otherwise (its button shows how far they are).
     */
    CompletableFuture<Void> present(TurnContext turn, Texts texts, CopyOffer offer, Optional<String> shownIn) {
        Optional<GrantRun> here = offers.runningHere(offer.key());
        if (here.isPresent()) {
            return handOver.endsInTime(here.get())
                    .thenCompose(inTime -> inTime
                            ? kept(turn, texts, offer, shownIn)
                            : CopyScreen.progress(
                                    handOver,
                                    turn,
                                    texts,
                                    CopyProgressCard.Work.GRANTING,
                                    offer.key().token(),
                                    here.get(),
                                    shownIn));
        }
        return kept(turn, texts, offer, shownIn);
    }

    private CompletableFuture<Void> kept(TurnContext turn, Texts texts, CopyOffer offer, Optional<String> shownIn) {
        return offers.settled(offer, patience)
                .thenCompose(now -> CardReplies.show(
                                turn,
                                now.isFinished()
                                        ? CopyResultCard.render(
                                                texts,
                                                now.source().name(),
                                                now.target().name(),
                                                CopyResults.of(now, texts))
                                        : CopyProgressCard.render(
                                                texts,
                                                CopyProgressCard.Work.GRANTING,
                                                now.key().token(),
                                                now.settled(),
                                                now.chosen().size()),
                                shownIn)
                        .thenApply(shown -> null));
    }

    private CompletableFuture<Void> notCurrent(TurnContext turn, Texts texts, String actor, Audited pressed) {
        return access.refuse(turn, texts, actor, pressed, new MailboxException.OutOfScope(Problem.COPY_NOT_CURRENT));
    }

    /** The mailboxes whose switch is on, by id; an input that is not a switch of the card is never one. */
    private static List<String> chosen(UserInput input) {
        List<String> chosen = new ArrayList<>();
        input.data().fieldNames().forEachRemaining(field -> {
            if (field.startsWith(CopyAccessCard.CHOSEN) && input.input(field).equals("true")) {
                chosen.add(field.substring(CopyAccessCard.CHOSEN.length()));
            }
        });
        return chosen;
    }
}
