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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * "Give access" pressed: checked against what this bot offered on that card (the same people, only mailboxes it
 * offered) and against the directory now, then granted mailbox by mailbox ({@link CopyGrants}). A second press of the
 * same card grants nothing and audits nothing: it shows the first press's grants, as far as they are.
 */
final class CopyApply {
    private final MailboxCalls calls;
    private final Offers offers;
    private final HandOver handOver;
    private final CopyAccess access;
    private final CopyGrants grants;

    CopyApply(MailboxCalls calls, Offers offers, HandOver handOver, CopyAccess access) {
        this.calls = calls;
        this.offers = offers;
        this.handOver = handOver;
        this.access = access;
        this.grants = new CopyGrants(calls);
    }

    private record Pair(Person source, Person target) {}

    CompletableFuture<Void> press(TurnContext turn, Texts texts, String actor, UserInput input) {
        Audited pressed =
                Audited.of(input.input("target"), CopyAccess.COPY, input.input("source"), input.input("target"));
        return access.asAdministrator(turn, texts, actor, pressed, () -> {
            Optional<Offer> offer = offers.of(CopyAccess.conversationOf(turn), input.token())
                    .filter(found -> found.source().id().equalsIgnoreCase(input.input("source"))
                            && found.target().id().equalsIgnoreCase(input.input("target")));
            if (offer.isEmpty()) {
                return notCurrent(turn, texts, actor, pressed);
            }
            if (offer.get().run().isPresent()) {
                return present(turn, texts, offer.get(), offer.get().run().get(), Optional.empty());
            }
            if (!offer.get().read().isOver()) {
                return CardReplies.say(turn, texts.get("copy.reading"));
            }
            if (offer.get().read().result().join().isFailure()) {
                return notCurrent(turn, texts, actor, pressed);
            }
            CopyChoices choices = CopyChoices.of(
                    offer.get().read().result().join().get(),
                    offer.get().source().id(),
                    offer.get().target().id());
            List<String> chosen = chosen(input);
            if (!chosen.stream().allMatch(choices::offers)) {
                return notCurrent(turn, texts, actor, pressed);
            }
            if (chosen.isEmpty()) {
                return CardReplies.say(turn, texts.get("copy.nothingChosen"));
            }
            return calls.read(service -> new Pair(
                            CopyPeople.byId(service, offer.get().source().id()),
                            CopyPeople.byId(service, offer.get().target().id())))
                    .thenCompose(people -> {
                        if (people.isFailure()) {
                            return access.refuse(turn, texts, actor, pressed, people.problem());
                        }
                        GrantRun run = new GrantRun(choices.choices(), GrantRun.keys(chosen));
                        if (!offer.get().starts(run)) {
                            return present(
                                    turn, texts, offer.get(), offer.get().run().get(), Optional.empty());
                        }
                        grants.start(actor, people.get().source(), people.get().target(), run);
                        return present(turn, texts, offer.get(), run, Optional.empty());
                    });
        });
    }

    /** The outcome when the grants are over (now, or within the person's patience); else their progress. */
    CompletableFuture<Void> present(
            TurnContext turn, Texts texts, Offer offer, GrantRun run, Optional<String> shownIn) {
        if (run.isOver()) {
            return result(turn, texts, offer, run, shownIn);
        }
        return handOver.endsInTime(run)
                .thenCompose(inTime -> inTime
                        ? result(turn, texts, offer, run, shownIn)
                        : CopyScreen.progress(
                                handOver, turn, texts, CopyProgressCard.Work.GRANTING, offer.token(), run, shownIn));
    }

    private static CompletableFuture<Void> result(
            TurnContext turn, Texts texts, Offer offer, GrantRun run, Optional<String> shownIn) {
        return CardReplies.show(
                        turn,
                        CopyResultCard.render(
                                texts,
                                offer.source().displayName(),
                                offer.target().displayName(),
                                run.outcomes(texts)),
                        shownIn)
                .thenApply(shown -> null);
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
