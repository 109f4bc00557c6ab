package io.postkamer.dialogs.create;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.dialogs.Dialog;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.NotAuthorisedCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.MailboxExistsCard;
import io.postkamer.cards.create.NoticeCard;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.FollowUps;
import io.postkamer.dialogs.common.Intents;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.TypedState;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.create.CreateMailbox.Redisplay;
import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * What every screen of the create-a-shared-mailbox conversation shares: showing its card with a fresh
 * step token, reading the press or the typed text, the stale-press, cancel and back rules, refusals,
 * and moving to another screen with the one {@link CreateMailbox} record.
 */
public final class CreateFlow {
    /** The screens that read typed text as their answer; on the others only the card answers. */
    private static final Set<String> TEXT_SCREENS = Set.of(NameStep.ID, AddressStep.ID);

    private final MailboxCalls calls;
    private final BotSettings settings;
    private final FollowUps followUps;
    private final TypedState<CreateMailbox> state = new TypedState<>(CreateMailbox.class);

    public CreateFlow(MailboxCalls calls, BotSettings settings, FollowUps followUps) {
        this.calls = calls;
        this.settings = settings;
        this.followUps = followUps;
    }

    /** A screen's reaction to a fresh, non-navigation input. */
    @FunctionalInterface
    interface Reaction {
        CompletableFuture<DialogTurnResult> react(CreateMailbox state, UserInput input);
    }

    MailboxCalls calls() {
        return calls;
    }

    BotSettings settings() {
        return settings;
    }

    FollowUps followUps() {
        return followUps;
    }

    static Texts texts(TurnContext turn) {
        return Texts.forLocale(turn.getActivity().getLocale());
    }

    CreateMailbox read(WaterfallStepContext step) {
        return state.read(step);
    }

    /**
     * Starts the conversation: only an administrator, only in a cloud organisation; with a name
     * ("maak een gedeeld postvak Marketing") it goes straight to the proposed address.
     */
    public CompletableFuture<DialogTurnResult> begin(DialogContext dc, Optional<String> name) {
        return begin(dc, name, List.of());
    }

    /**
     * The wizard for a requested mailbox: its name proposed as typed, and the members the request
     * proposed already chosen on the members card (the administrator can still change them).
     */
    public CompletableFuture<DialogTurnResult> begin(DialogContext dc, MailboxPlan plan) {
        return calls.read(service -> plan.proposedMemberIds().stream()
                        .flatMap(id -> service.person(id).stream())
                        .map(person -> CreateMailbox.Member.withDefaults(person.id(), person.displayName()))
                        .toList())
                .thenCompose(members -> begin(
                        dc, Optional.of(plan.displayName()), members.value().orElse(List.of())));
    }

    private CompletableFuture<DialogTurnResult> begin(
            DialogContext dc, Optional<String> name, List<CreateMailbox.Member> proposedMembers) {
        TurnContext turn = dc.getContext();
        Texts texts = texts(turn);
        return calls.isAdministrator(Actor.idOf(turn)).thenCompose(allowed -> {
            if (allowed.isFailure()) {
                return sayProblem(turn, allowed.problem()).thenApply(done -> endOfTurn());
            }
            if (!allowed.get()) {
                return notAuthorised(turn).thenApply(done -> endOfTurn());
            }
            return calls.read(service -> service.organisation()).thenCompose(organisation -> {
                if (organisation.isFailure()) {
                    return sayProblem(turn, organisation.problem()).thenApply(done -> endOfTurn());
                }
                if (organisation.get().hybrid()) {
                    return notice(
                                    turn,
                                    NoticeCard.Tone.WARNING,
                                    texts.get("flow.hybrid.title"),
                                    List.of(texts.get("flow.hybrid.text")))
                            .thenApply(done -> endOfTurn());
                }
                CreateMailbox start =
                        CreateMailbox.start(name.orElse(""), Actor.idOf(turn)).withMembers(proposedMembers, "");
                return name.isEmpty()
                        ? dc.beginDialog(NameStep.ID, state.asOptions(start))
                        : propose(start, name.get())
                                .thenCompose(next -> dc.beginDialog(next.screen(), state.asOptions(next.state())));
            });
        });
    }

    /** "continue with Marketing" when no conversation is under way: pick the wizard up at the mailbox. */
    public CompletableFuture<DialogTurnResult> resume(DialogContext dc, String name) {
        TurnContext turn = dc.getContext();
        Texts texts = texts(turn);
        String actor = Actor.idOf(turn);
        return calls.isAdministrator(actor).thenCompose(allowed -> {
            if (allowed.isFailure() || !allowed.get()) {
                return calls.refused(
                                actor,
                                Audited.of(name, "continue creating", "", ""),
                                new MailboxException.NotAuthorised(actor))
                        .thenCompose(audited -> notAuthorised(turn))
                        .thenApply(done -> endOfTurn());
            }
            return calls.read(service -> calls.finder().shared(service, name).or(() -> {
                        // A user mailbox or a person named here is refused, and the refusal audited; only a shared
                        // mailbox goes on.
                        Optional<String> other = service.mailbox(name)
                                .map(Mailbox::displayName)
                                .or(() -> service.person(name).map(io.postkamer.mailbox.Person::displayName));
                        if (other.isPresent()) {
                            throw new MailboxException.OutOfScope(Problem.NOT_A_SHARED_MAILBOX, other.get());
                        }
                        return Optional.empty();
                    }))
                    .thenCompose(found -> {
                        if (found.isFailure()) {
                            CompletableFuture<Void> audited = found.problem() instanceof MailboxException.OutOfScope
                                    ? calls.refused(actor, Audited.of(name, "add members", "", ""), found.problem())
                                    : CompletableFuture.completedFuture(null);
                            return audited.thenCompose(done -> say(
                                            turn, Message.of(found.problem()).in(texts)))
                                    .thenApply(done -> endOfTurn());
                        }
                        Optional<Mailbox> mailbox = found.get();
                        if (mailbox.isEmpty()) {
                            return say(turn, texts.get("flow.continueNotFound", name))
                                    .thenApply(done -> endOfTurn());
                        }
                        Mailbox m = mailbox.get();
                        return dc.beginDialog(
                                ProvisioningStep.ID,
                                state.asOptions(CreateMailbox.resume(
                                        m.id(),
                                        m.displayName(),
                                        m.primarySmtpAddress(),
                                        m.hiddenFromAddressLists(),
                                        actor)));
                    });
        });
    }

    /** The screen's first step: its card, with a new token unless the press was stale or refused. */
    CompletableFuture<DialogTurnResult> show(
            WaterfallStepContext step, BiFunction<CreateMailbox, String, AdaptiveCard> card) {
        CreateMailbox current = read(step);
        if (current.redisplay() == Redisplay.SILENT) {
            state.write(step, current.redisplayed(Redisplay.FRESH));
            return CompletableFuture.completedFuture(endOfTurn());
        }
        String token =
                current.redisplay() == Redisplay.SAME_TOKEN && !current.token().isEmpty()
                        ? current.token()
                        : newToken();
        return CardReplies.show(
                        step.getContext(), WizardCards.about(card.apply(current, token), current), current.shownIn())
                .thenApply(shownIn -> {
                    state.write(step, current.shown(token, shownIn));
                    return endOfTurn();
                });
    }

    /**
     * The screen's second step. A press from an older card (double click, replay) changes nothing and
     * gets the current card back; cancel and back work on every screen.
     */
    CompletableFuture<DialogTurnResult> handle(
            WaterfallStepContext step, String screen, Optional<String> backTo, Reaction reaction) {
        CreateMailbox current = read(step);
        UserInput input = UserInput.of(step.getContext().getActivity());
        String actor = Actor.idOf(step.getContext());
        if (!current.startedBy().isEmpty() && !current.startedBy().equalsIgnoreCase(actor)) {
            // In a group chat or a channel the flow is the person's who started it: nobody else's press counts.
            MailboxException notYours = new MailboxException.OutOfScope(
                    Problem.NOT_YOUR_FLOW, calls.names().nameOf(current.startedBy()));
            return calls.refused(
                            actor,
                            Audited.on(
                                    AuditEntry.Target.mailbox(
                                            current.mailboxId(), current.displayName(), current.address()),
                                    "press " + (input.isAction() ? input.verb() : "typed text")
                                            + " on another's wizard",
                                    "",
                                    ""),
                            notYours)
                    .thenCompose(audited ->
                            say(step.getContext(), Message.of(notYours).in(texts(step.getContext()))))
                    .thenCompose(said -> goTo(step, screen, current.redisplayed(Redisplay.SILENT)));
        }
        if (input.isAction() && !input.token().equals(current.token())) {
            // A follow-up the card has moved past since it was scheduled is simply over.
            return input.followUp()
                    ? CompletableFuture.completedFuture(endOfTurn())
                    : goTo(step, screen, current.redisplayed(Redisplay.SAME_TOKEN));
        }
        if (input.is(Verb.CANCEL) || Intents.isCancel(input.text())) {
            return cancel(step, current);
        }
        if (input.is(Verb.BACK) || Intents.isBack(input.text())) {
            return goTo(
                    step,
                    backTo.orElse(screen),
                    current.withoutError().redisplayed(backTo.isPresent() ? Redisplay.FRESH : Redisplay.SAME_TOKEN));
        }
        Optional<String> continueWith = input.isText() ? Intents.continueWith(input.text()) : Optional.empty();
        if (continueWith.isPresent()) {
            return isAbout(current, continueWith.get())
                    // Shown again below the answers given in between, not in place far up the chat.
                    ? goTo(step, screen, current.postedAnew().redisplayed(Redisplay.SAME_TOKEN))
                    : step.cancelAllDialogs().thenCompose(ended -> resume(step, continueWith.get()));
        }
        if (!input.isAction() && !input.isText()) {
            return goTo(step, screen, current.redisplayed(Redisplay.SAME_TOKEN));
        }
        if (input.isText() && !TEXT_SCREENS.contains(screen)) {
            // Only the name and the address are typed; anything else typed here is not this step's answer.
            return say(
                            step.getContext(),
                            texts(step.getContext()).get("flow.waiting.text", input.text(), current.displayName()))
                    .thenCompose(said -> goTo(step, screen, current.redisplayed(Redisplay.SILENT)));
        }
        return reaction.react(current, input);
    }

    CompletableFuture<DialogTurnResult> goTo(WaterfallStepContext step, String screen, CreateMailbox next) {
        return step.replaceDialog(screen, state.asOptions(next));
    }

    /** A change was refused (not an administrator, or the service said no): say why, keep the card. */
    CompletableFuture<DialogTurnResult> refuse(
            WaterfallStepContext step, String screen, CreateMailbox current, MailboxException problem) {
        TurnContext turn = step.getContext();
        CompletableFuture<Void> told =
                problem instanceof MailboxException.NotAuthorised ? notAuthorised(turn) : sayProblem(turn, problem);
        return told.thenCompose(done -> goTo(step, screen, current.redisplayed(Redisplay.SILENT)));
    }

    /**
     * Stopped: before the mailbox was made, nothing was; after, the mailbox stays, and the card says how it is now
     * and opens its overview.
     */
    CompletableFuture<DialogTurnResult> cancel(WaterfallStepContext step, CreateMailbox current) {
        Texts texts = texts(step.getContext());
        String title = texts.get("flow.cancelled.title");
        List<String> lines =
                List.of(texts.get(current.isCreated() ? "flow.cancelled.text" : "flow.cancelledBeforeCreate.text"));
        CompletableFuture<Optional<Mailbox>> made = current.isCreated()
                ? calls.read(service -> service.mailbox(current.mailboxId()))
                        .thenApply(found -> found.value().flatMap(mailbox -> mailbox))
                : CompletableFuture.completedFuture(Optional.empty());
        return made.thenCompose(mailbox -> CardReplies.show(
                        step.getContext(),
                        mailbox.map(m -> MailboxExistsCard.render(texts, title, lines, m))
                                .orElseGet(() -> NoticeCard.render(texts, NoticeCard.Tone.DEFAULT, title, lines)),
                        current.shownIn()))
                .thenCompose(shown -> step.cancelAllDialogs());
    }

    /** A display name checked and an address proposed for it: the address screen, or the name screen with the reason. */
    CompletableFuture<Next> propose(CreateMailbox current, String typedName) {
        String name = typedName.strip();
        Optional<String> base = Aliases.fromDisplayName(name);
        if (name.isEmpty()
                || name.length() > NewSharedMailbox.MAX_CHOSEN_NAME_LENGTH
                || base.isEmpty()
                || !NewSharedMailbox.isValidDisplayName(name)) {
            return CompletableFuture.completedFuture(new Next(
                    NameStep.ID, current.named(name, "", "").withError(Message.of("create.nameStep.invalid"))));
        }
        return calls.read(service -> {
                    Organisation organisation = service.organisation();
                    String domain = organisation.defaultDomain().name();
                    String alias =
                            Aliases.unique(base.get(), candidate -> service.addressInUse(candidate + "@" + domain));
                    return current.named(name, alias, domain);
                })
                .thenApply(proposal -> proposal.isFailure()
                        ? new Next(NameStep.ID, current.named(name, "", "").withError(Message.of(proposal.problem())))
                        : new Next(WizardOrder.next(NameStep.ID), proposal.get()));
    }

    /** Where the conversation goes next and with what. */
    record Next(String screen, CreateMailbox state) {}

    /** Refused, and offered the requests that get the reader what they came for. */
    CompletableFuture<Void> notAuthorised(TurnContext turn) {
        return CardReplies.show(turn, NotAuthorisedCard.render(texts(turn)), Optional.empty())
                .thenApply(shown -> null);
    }

    static CompletableFuture<Void> sayProblem(TurnContext turn, MailboxException problem) {
        Texts texts = texts(turn);
        return notice(
                turn,
                NoticeCard.Tone.ATTENTION,
                texts.get("flow.error"),
                List.of(Message.of(problem).in(texts)));
    }

    static CompletableFuture<Void> notice(TurnContext turn, NoticeCard.Tone tone, String title, List<String> lines) {
        return CardReplies.show(turn, NoticeCard.render(texts(turn), tone, title, lines), Optional.empty())
                .thenApply(shown -> null);
    }

    static CompletableFuture<Void> say(TurnContext turn, String text) {
        return CardReplies.say(turn, text);
    }

    /** Whether "continue with …" names the mailbox this conversation is creating. */
    private static boolean isAbout(CreateMailbox current, String name) {
        String wanted = name.strip();
        return !current.displayName().isEmpty()
                && (current.displayName().equalsIgnoreCase(wanted)
                        || (!current.alias().isEmpty() && current.alias().equalsIgnoreCase(wanted))
                        || (!current.address().isEmpty() && current.address().equalsIgnoreCase(wanted)));
    }

    private static String newToken() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static DialogTurnResult endOfTurn() {
        return Dialog.END_OF_TURN;
    }
}
