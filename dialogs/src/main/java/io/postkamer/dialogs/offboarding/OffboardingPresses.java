package io.postkamer.dialogs.offboarding;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.FollowUps;
import io.postkamer.dialogs.common.HandOver;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.ReaderZone;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The offboarding card's buttons. Each press is read again from the store and the tenant, never from the card's data
 * beyond the id it names: Start checks the mailbox and the manager chosen, Resume and Remove go on with what the store
 * keeps. The run answers within the person's patience with its summary, or with its progress, which is then changed in
 * place as each step is done.
 */
final class OffboardingPresses {
    /** The card data naming the offboarding a button is about. */
    static final String OFFBOARDING = "offboarding";

    private final MailboxCalls calls;
    private final OffboardingStore store;
    private final OffboardingRun run;
    private final HandOver handOver;
    private final Clock clock;

    OffboardingPresses(
            MailboxCalls calls, OffboardingStore store, Duration patience, Clock clock, FollowUps followUps) {
        this.calls = calls;
        this.store = store;
        this.run = new OffboardingRun(
                store, calls, clock, ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID());
        this.handOver = HandOver.withinTurn(followUps, patience);
        this.clock = clock;
    }

    /** The plan as pressed, checked against the tenant; an offboarding of this mailbox already started is shown. */
    CompletableFuture<Void> start(TurnContext turn, Texts texts, String actor, UserInput input) {
        String mailboxId = input.input("mailbox");
        return calls.store(service -> {
                    Mailbox box = service.mailbox(mailboxId)
                            .orElseThrow(() -> new MailboxException.OutOfScope(Problem.MAILBOX_NOT_FOUND, mailboxId));
                    Optional<Offboarding> started =
                            store.latestFor(box.id()).filter(o -> !o.isFinished() || box.isShared());
                    if (started.isPresent()) {
                        return Started.again(started.get());
                    }
                    OffboardingPlans.Leaver leaver = OffboardingPlans.leaver(service, box, actor);
                    Optional<Person> manager = OffboardingPlans.manager(service, leaver, input.input("manager"));
                    Optional<String> reply =
                            on(input, "reply") ? Optional.of(input.input("replyText")) : Optional.empty();
                    reply.ifPresent(words -> AutomaticReply.saying(words).requireValid());
                    OffboardingPlan plan = new OffboardingPlan(
                            manager.map(Person::id),
                            manager.map(Person::displayName).orElse(""),
                            manager.isPresent() && on(input, "sendAs"),
                            reply,
                            on(input, "hide"),
                            on(input, "licences"),
                            on(input, "ownRights"));
                    return Started.now(store.start(new OffboardingStore.NewOffboarding(
                            box.id(),
                            leaver.person().displayName(),
                            box.primarySmtpAddress(),
                            plan,
                            actor,
                            clock.instant())));
                })
                .thenCompose(read -> {
                    if (read.isFailure()) {
                        return refused(turn, texts, actor, mailboxId, read.problem());
                    }
                    Started started = read.get();
                    return started.fresh()
                            ? runAndShow(turn, texts, actor, started.offboarding())
                            : showProgress(
                                    turn,
                                    texts,
                                    started.offboarding(),
                                    Optional.of(texts.get("offboard.notice.already")));
                });
    }

    CompletableFuture<Void> resume(TurnContext turn, Texts texts, String actor, UserInput input) {
        return withOffboarding(turn, texts, actor, input, o -> runAndShow(turn, texts, actor, o));
    }

    /** The person's rights elsewhere were listed: the plan now removes them, and that one step is done again. */
    CompletableFuture<Void> removeRights(TurnContext turn, Texts texts, String actor, UserInput input) {
        return withOffboarding(turn, texts, actor, input, o -> {
            boolean listed = o.isFinished()
                    && o.result(OffboardingStep.OWN_RIGHTS)
                            .map(r -> r.status() == StepResult.Status.LEFT
                                    && !r.rights().isEmpty())
                            .orElse(false);
            if (!listed) {
                // An old or crafted press: only rights an offboarding listed and left are ever removed by it.
                return showProgress(turn, texts, o, Optional.empty());
            }
            if (!run.claim(o.id(), actor)) {
                return showProgress(turn, texts, o, Optional.of(texts.get("offboard.notice.elsewhere")));
            }
            store.replan(o.id(), run.claimant(actor), o.plan().removingOwnRights(), OffboardingStep.OWN_RIGHTS);
            return runAndShow(turn, texts, actor, store.find(o.id()).orElse(o));
        });
    }

    /** The card's own button, or the bot's turn at the end of a run, which shows it where the progress was. */
    CompletableFuture<Void> show(TurnContext turn, Texts texts, String actor, UserInput input) {
        Optional<String> shownIn = input.followUp()
                ? Optional.of(input.input(HandOver.SHOWN_IN)).filter(id -> !id.isEmpty())
                : Optional.empty();
        return withOffboarding(turn, texts, actor, input, o -> showProgress(turn, texts, o, Optional.empty(), shownIn));
    }

    CompletableFuture<Void> showProgress(TurnContext turn, Texts texts, Offboarding o, Optional<String> notice) {
        return showProgress(turn, texts, o, notice, Optional.empty());
    }

    private CompletableFuture<Void> showProgress(
            TurnContext turn, Texts texts, Offboarding o, Optional<String> notice, Optional<String> shownIn) {
        return calls.read(service -> view(texts, ReaderZone.of(turn), o, notice))
                .thenCompose(card -> CardReplies.show(turn, card.get(), shownIn))
                .thenAccept(shown -> {});
    }

    private CompletableFuture<Void> withOffboarding(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            java.util.function.Function<Offboarding, CompletableFuture<Void>> then) {
        Optional<Offboarding> found;
        try {
            found = store.find(Long.parseLong(input.input(OFFBOARDING)));
        } catch (NumberFormatException notAnId) {
            found = Optional.empty();
        }
        return found.map(then)
                .orElseGet(() -> refused(
                        turn,
                        texts,
                        actor,
                        "",
                        new MailboxException.OutOfScope(Problem.OFFBOARDING_NOT_FOUND, input.input("offboarding"))));
    }

    /**
     * Claims the run and starts it on the mailbox thread. Within half the person's patience (the turn has read and
     * checked before) the answer is the summary; otherwise the progress, handed over: changed in place as steps are
     * done, and the summary in its place at the end.
     */
    private CompletableFuture<Void> runAndShow(TurnContext turn, Texts texts, String actor, Offboarding o) {
        if (!run.claim(o.id(), actor)) {
            return showProgress(turn, texts, o, Optional.of(texts.get("offboard.notice.elsewhere")));
        }
        ZoneId zone = ReaderZone.of(turn);
        RunProgress progress = new RunProgress();
        progress.follows(
                CompletableFuture.supplyAsync(() -> run.run(o.id(), actor, progress::stepSettled), calls.executor()));
        Supplier<AdaptiveCard> card = () -> view(texts, zone, store.find(o.id()).orElse(o), Optional.empty());
        return handOver.endsInTime(progress)
                .thenCompose(inTime -> inTime
                        ? CardReplies.show(turn, card.get(), Optional.empty()).thenAccept(shown -> {})
                        : handOver.progress(
                                turn,
                                progress,
                                card,
                                Optional.empty(),
                                Verb.OFFBOARD_SHOW,
                                JsonNodeFactory.instance.objectNode().put(OFFBOARDING, Long.toString(o.id()))));
    }

    private AdaptiveCard view(Texts texts, ZoneId zone, Offboarding o, Optional<String> notice) {
        return OffboardingViews.progress(texts, zone, o, calls.names().nameOf(o.startedBy()), notice);
    }

    private static boolean on(UserInput input, String toggle) {
        return "true".equals(input.input(toggle));
    }

    /**
     * A press about what it may not touch (a shared mailbox, one's own, a group as manager) is audited as a refusal;
     * a failure that may pass is only said.
     */
    private CompletableFuture<Void> refused(
            TurnContext turn, Texts texts, String actor, String about, MailboxException problem) {
        String said = Message.of(problem).in(texts);
        if (problem.isTransient()) {
            return CardReplies.say(turn, said);
        }
        return calls.refused(actor, Audited.of(about, "offboard", "", ""), problem)
                .thenCompose(audited -> CardReplies.say(turn, said));
    }

    /** An offboarding started by this press, or found started already. */
    private record Started(Offboarding offboarding, boolean fresh) {
        static Started now(Offboarding o) {
            return new Started(o, o.results().isEmpty());
        }

        static Started again(Offboarding o) {
            return new Started(o, false);
        }
    }
}
