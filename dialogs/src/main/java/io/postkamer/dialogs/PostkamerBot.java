package io.postkamer.dialogs;

import static io.postkamer.dialogs.common.IntentTable.row;

import com.github.benmanes.caffeine.cache.Cache;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.BotState;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.StatePropertyAccessor;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.dialogs.DialogContext;
import com.microsoft.bot.dialogs.DialogSet;
import com.microsoft.bot.dialogs.DialogState;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.DialogTurnStatus;
import com.microsoft.bot.schema.ChannelAccount;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.manage.GuidanceCard;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.common.FailedTurn;
import io.postkamer.dialogs.common.FollowUps;
import io.postkamer.dialogs.common.IntentTable;
import io.postkamer.dialogs.common.IntentTable.When;
import io.postkamer.dialogs.common.Intents;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.SlowTurn;
import io.postkamer.dialogs.common.TraceFilter;
import io.postkamer.dialogs.common.TurnDialogs;
import io.postkamer.dialogs.common.TurnQueue;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.common.Welcome;
import io.postkamer.dialogs.copyaccess.CopyAccess;
import io.postkamer.dialogs.copyaccess.memory.MemoryCopyOfferStore;
import io.postkamer.dialogs.create.CreateFlow;
import io.postkamer.dialogs.create.CreateMailboxDialogs;
import io.postkamer.dialogs.health.HealthReports;
import io.postkamer.dialogs.manage.EndedWizardPress;
import io.postkamer.dialogs.manage.MailboxSearch;
import io.postkamer.dialogs.manage.ManageMailboxes;
import io.postkamer.dialogs.members.PeopleSearch;
import io.postkamer.dialogs.offboarding.OffboardingStore;
import io.postkamer.dialogs.offboarding.Offboardings;
import io.postkamer.dialogs.requests.AccessRequests;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.AccessReviews;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.mailbox.MailboxService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * The bot: greets, answers help, starts and continues the conversations (typed text in English or
 * Dutch, a Teams command, a card button), answers the people picker's searches, and saves the
 * conversation's state after every turn.
 */
public class PostkamerBot extends ActivityHandler {
    private final ConversationState conversationState;
    private final UserState userState;
    private final StatePropertyAccessor<DialogState> dialogState;
    private final DialogSet dialogs;
    private final CreateFlow createFlow;
    private final PeopleSearch peopleSearch;
    private final ManageMailboxes manage;
    private final EndedWizardPress endedWizard;
    private final MailboxSearch mailboxSearch;
    private final AccessRequests accessRequests;
    private final AccessReviews accessReviews;
    private final HealthReports health;
    private final Offboardings offboarding;
    private final CopyAccess copyAccess;
    private final TurnQueue turns = new TurnQueue();
    private final IntentTable intents;
    private final MailboxCalls calls;
    private final Welcome welcome;

    private final Map<String, Cache<?, ?>> caches;
    /** How long a person waits for an answer before the turn shows that it is at it. */
    private final java.time.Duration patience;

    /**
     * @param requests      access requests and the one audit every change and refusal goes into
     * @param reviews       access reviews
     * @param continuations how the bot takes turns of its own: to change a card when work that outlasted
     *                      its turn is done
     */
    public PostkamerBot(
            MailboxService service,
            ConversationState conversationState,
            UserState userState,
            BotSettings settings,
            Executor mailboxCalls,
            Clock clock,
            Requests requests,
            Reviews reviews,
            Continuations continuations) {
        this(
                service,
                conversationState,
                userState,
                settings,
                mailboxCalls,
                clock,
                requests,
                reviews,
                FeatureStores.inMemory(),
                continuations);
    }

    /** @param offboardings where offboardings are kept, so that a restart or another instance can go on with them */
    public PostkamerBot(
            MailboxService service,
            ConversationState conversationState,
            UserState userState,
            BotSettings settings,
            Executor mailboxCalls,
            Clock clock,
            Requests requests,
            Reviews reviews,
            OffboardingStore offboardings,
            Continuations continuations) {
        this(
                service,
                conversationState,
                userState,
                settings,
                mailboxCalls,
                clock,
                requests,
                reviews,
                new FeatureStores(offboardings, new MemoryCopyOfferStore()),
                continuations);
    }

    /** @param stores where offboardings and copies offered are kept, so that a restart or another instance goes on */
    public PostkamerBot(
            MailboxService service,
            ConversationState conversationState,
            UserState userState,
            BotSettings settings,
            Executor mailboxCalls,
            Clock clock,
            Requests requests,
            Reviews reviews,
            FeatureStores stores,
            Continuations continuations) {
        this.conversationState = conversationState;
        this.userState = userState;
        this.patience = settings.patience();
        MailboxCalls calls = new MailboxCalls(service, mailboxCalls, requests.audit(), clock);
        this.calls = calls;
        this.welcome = new Welcome(calls);
        this.caches = Map.of(
                "mailbox-finder",
                calls.finder().suggestionCache(),
                "directory-names",
                calls.names().cache(),
                "help-audiences",
                welcome.audiences());
        FollowUps followUps = new FollowUps(continuations, this);
        CreateMailboxDialogs create = new CreateMailboxDialogs(calls, settings, followUps);
        this.createFlow = create.flow();
        this.peopleSearch = new PeopleSearch(calls);
        this.manage = new ManageMailboxes(calls, clock, requests.owners());
        this.endedWizard = new EndedWizardPress(calls);
        this.mailboxSearch = new MailboxSearch(calls);
        this.accessRequests = new AccessRequests(calls, requests);
        this.accessReviews = new AccessReviews(calls, requests, reviews);
        this.health = new HealthReports(calls, settings, clock, requests.owners(), followUps);
        this.offboarding = new Offboardings(calls, stores.offboardings(), settings, clock, followUps);
        this.copyAccess = new CopyAccess(calls, stores.copyOffers(), settings, clock, followUps);
        this.dialogState = conversationState.createProperty("dialogState");
        this.dialogs = new DialogSet(dialogState);
        create.screens().forEach(dialogs::add);
        this.intents = intents();
    }

    /** The conversations' caches by name, for their hit ratios: the mailbox finder, names in the audit. */
    public Map<String, Cache<?, ?>> caches() {
        return caches;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turnContext) {
        // Dialog state must never leave the bot (expectReplies would return it to the caller).
        TraceFilter.keepOut(turnContext);
        String conversationId = turnContext.getActivity().getConversation() == null
                ? ""
                : turnContext.getActivity().getConversation().getId();
        accessRequests.seen(turnContext);
        return turns.run(conversationId, () -> {
            SlowTurn slow = SlowTurn.watch(turnContext, patience);
            return super.onTurn(turnContext)
                    .thenCompose(done -> save(conversationState, turnContext))
                    .thenCompose(done -> save(userState, turnContext))
                    .exceptionallyCompose(failure -> FailedTurn.told(turnContext, failure))
                    .thenCompose(done -> slow.over(turnContext));
        });
    }

    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turnContext) {
        String botId = turnContext.getActivity().getRecipient().getId();
        boolean someoneElseJoined =
                membersAdded.stream().anyMatch(member -> !member.getId().equals(botId));
        return someoneElseJoined
                ? welcome.send(turnContext, Optional.empty())
                : CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        UserInput input = UserInput.of(turnContext.getActivity());
        return route(new TurnDialogs(dialogs, dialogState, turnContext), input).thenApply(result -> null);
    }

    /** A turn the bot takes on its own ({@link FollowUps}): it continues the flow like the press it stands for. */
    @Override
    protected CompletableFuture<Void> onEventActivity(TurnContext turnContext) {
        if (!FollowUps.EVENT.equals(turnContext.getActivity().getName())) {
            return CompletableFuture.completedFuture(null);
        }
        UserInput input = UserInput.of(turnContext.getActivity());
        return route(new TurnDialogs(dialogs, dialogState, turnContext), input).thenApply(result -> null);
    }

    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turnContext) {
        String name = Optional.ofNullable(turnContext.getActivity().getName()).orElse("");
        if (name.equals(PeopleSearch.INVOKE_NAME)) {
            return MailboxSearch.asks(turnContext.getActivity())
                    ? mailboxSearch.answer(turnContext.getActivity())
                    : peopleSearch.answer(turnContext.getActivity());
        }
        if (!name.equals(UserInput.CARD_ACTION)) {
            // An invoke this bot does not know gets an empty answer, never a server error.
            return CompletableFuture.completedFuture(new InvokeResponse(200, null));
        }
        UserInput input = UserInput.of(turnContext.getActivity());
        return route(new TurnDialogs(dialogs, dialogState, turnContext), input)
                .thenCompose(result -> CardReplies.isUnansweredCardAction(turnContext)
                        ? CardReplies.say(
                                turnContext,
                                Texts.forLocale(turnContext.getActivity().getLocale())
                                        .get("flow.expired.text"))
                        : CompletableFuture.completedFuture(null))
                .thenApply(answered -> null);
    }

    /**
     * What typed text and presses mean, in the order they are understood: a card's own button first, then what
     * answers even while a flow waits for its step (the flow keeps its place), then what answers only outside a
     * flow. Cancel, back and "continue with …" belong to the flow. A question needs its question mark to
     * interrupt a flow, so that a name typed on the name screen ("Telefoon Centrale") is not taken for one.
     */
    private IntentTable intents() {
        return new IntentTable(List.of(
                row("create a shared mailbox", When.FIRST, PostkamerBot::startsCreate, this::create),
                row("fulfil a new-mailbox request", When.FIRST, input -> input.is(Verb.FULFIL), this::fulfil),
                row("a request's buttons", When.FIRST, accessRequests::handlesAction, by(accessRequests::answer)),
                row("a mailbox's buttons", When.FIRST, manage::handlesAction, by(manage::answer)),
                row("an access review's buttons", When.FIRST, accessReviews::handlesAction, by(accessReviews::answer)),
                row(
                        "requests and approvals",
                        When.EVEN_IN_A_FLOW,
                        accessRequests::handlesText,
                        by(accessRequests::answer)),
                row("the health report's buttons", When.FIRST, health::handlesAction, by(health::answer)),
                row("an offboarding's buttons", When.FIRST, offboarding::handlesAction, by(offboarding::answer)),
                row("access reviews", When.EVEN_IN_A_FLOW, accessReviews::handlesText, by(accessReviews::answer)),
                row("the health report", When.EVEN_IN_A_FLOW, health::handlesText, by(health::answer)),
                row("offboarding", When.EVEN_IN_A_FLOW, offboarding::handlesText, by(offboarding::answer)),
                row("copying access's buttons", When.FIRST, copyAccess::handlesAction, by(copyAccess::answer)),
                row("access reviews", When.EVEN_IN_A_FLOW, accessReviews::handlesText, by(accessReviews::answer)),
                row("the health report", When.EVEN_IN_A_FLOW, health::handlesText, by(health::answer)),
                row("copy mailbox access", When.EVEN_IN_A_FLOW, copyAccess::handlesText, by(copyAccess::answer)),
                row("shared mailboxes by name", When.EVEN_IN_A_FLOW, manage::handlesText, by(manage::answer)),
                row(
                        "help",
                        When.EVEN_IN_A_FLOW,
                        input -> input.isText() && Intents.isHelp(input.text()),
                        this::welcome),
                row(
                        "a question with a question mark",
                        When.EVEN_IN_A_FLOW,
                        input -> isQuestion(input) && input.text().contains("?"),
                        this::guidance),
                row("a question", When.OUTSIDE_A_FLOW, PostkamerBot::isQuestion, this::guidance),
                row(
                        "continue with a mailbox",
                        When.OUTSIDE_A_FLOW,
                        input -> input.isText()
                                && Intents.continueWith(input.text()).isPresent(),
                        this::resume),
                row(
                        "an ended wizard's card",
                        When.OUTSIDE_A_FLOW,
                        EndedWizardPress::isWizardCard,
                        by(endedWizard::answer)),
                row("a button no flow waits for", When.OUTSIDE_A_FLOW, UserInput::isAction, PostkamerBot::nothing),
                row("anything else", When.OUTSIDE_A_FLOW, input -> true, this::welcome)));
    }

    /** The table of intents, for the test that reads it as a table. */
    public IntentTable intentTable() {
        return intents;
    }

    private CompletableFuture<DialogTurnResult> route(TurnDialogs flows, UserInput input) {
        Optional<IntentTable.Row> first = intents.first(input);
        if (first.isPresent()) {
            return first.get().answer().apply(flows, input);
        }
        return flows.underWay()
                .thenCompose(underWay -> intents.after(input, underWay)
                        .map(row -> row.answer().apply(flows, input))
                        .orElseGet(() -> flows.context().thenCompose(DialogContext::continueDialog)));
    }

    private static boolean startsCreate(UserInput input) {
        return (input.is(Verb.CREATE) && input.token().isEmpty())
                || (input.isText() && Intents.create(input.text()).isPresent());
    }

    private static boolean isQuestion(UserInput input) {
        return input.isText() && Intents.guidance(input.text()).isPresent();
    }

    private CompletableFuture<DialogTurnResult> create(TurnDialogs flows, UserInput input) {
        Optional<String> name =
                input.isText() ? Intents.create(input.text()).flatMap(named -> named) : Optional.empty();
        return afresh(flows, dc -> createFlow.begin(dc, name));
    }

    /** A request for a new mailbox is fulfilled by the create conversation, started with its name and members. */
    private CompletableFuture<DialogTurnResult> fulfil(TurnDialogs flows, UserInput input) {
        return accessRequests
                .fulfil(flows.turn(), input)
                .thenCompose(plan ->
                        plan.isEmpty() ? answered() : afresh(flows, dc -> createFlow.begin(dc, plan.get())));
    }

    /** A feature that answers the turn on its own: the turn is then over, whatever flow waits. */
    private static IntentTable.Answer by(BiFunction<TurnContext, UserInput, CompletableFuture<Void>> feature) {
        return (flows, input) -> feature.apply(flows.turn(), input).thenCompose(done -> answered());
    }

    private CompletableFuture<DialogTurnResult> guidance(TurnDialogs flows, UserInput input) {
        Texts texts = Texts.forLocale(flows.turn().getActivity().getLocale());
        GuidanceCard.Topic topic = Intents.guidance(input.text()).orElseThrow();
        return flows.turn()
                .sendActivity(MessageFactory.attachment(CardReplies.attachment(GuidanceCard.render(texts, topic))))
                .thenCompose(sent -> answered());
    }

    private CompletableFuture<DialogTurnResult> resume(TurnDialogs flows, UserInput input) {
        String mailbox = Intents.continueWith(input.text()).orElseThrow();
        return flows.context().thenCompose(dc -> createFlow.resume(dc, mailbox));
    }

    /** Help, cancel outside a flow, or text not understood (said back on the welcome card). */
    private CompletableFuture<DialogTurnResult> welcome(TurnDialogs flows, UserInput input) {
        String text = input.text();
        return welcome.send(
                        flows.turn(),
                        Intents.isHelp(text) || Intents.isCancel(text) ? Optional.empty() : Optional.of(text))
                .thenCompose(sent -> answered());
    }

    private static CompletableFuture<DialogTurnResult> nothing(TurnDialogs flows, UserInput input) {
        return answered();
    }

    private static CompletableFuture<DialogTurnResult> answered() {
        return CompletableFuture.completedFuture(new DialogTurnResult(DialogTurnStatus.EMPTY));
    }

    /** Whatever flow was under way is given up, then {@code start} begins a new one. */
    private static CompletableFuture<DialogTurnResult> afresh(
            TurnDialogs flows, java.util.function.Function<DialogContext, CompletableFuture<DialogTurnResult>> start) {
        return flows.context().thenCompose(dc -> dc.cancelAllDialogs().thenCompose(cancelled -> start.apply(dc)));
    }

    private static CompletableFuture<Void> save(BotState state, TurnContext turnContext) {
        return state == null ? CompletableFuture.completedFuture(null) : state.saveChanges(turnContext, false);
    }
}
