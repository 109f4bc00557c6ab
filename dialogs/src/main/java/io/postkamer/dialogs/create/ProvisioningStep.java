package io.postkamer.dialogs.create;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.ProvisioningCard;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits for the new mailbox: checks with growing pauses for as long as a turn may take, showing the
 * progress on the card where it can be updated, then moves on to the members; if it is not ready yet,
 * the card says so and offers to check again (the conversation is stored, so the admin can also leave
 * and type "continue with …" later). Exchange answering "not ready yet" ({@code MAILBOX_NOT_READY}) or
 * any other transient refusal is part of waiting; a refusal that waiting will not cure is said at once.
 */
final class ProvisioningStep extends CardWaterfallDialog {
    static final String ID = "create.provisioning";
    /** The card's "check again" button, which the bot also presses on its own. */
    private static final String CHECK_AGAIN = Verb.CHECK_AGAIN.id();

    private static final String ROUND = "round";
    private final CreateFlow flow;

    ProvisioningStep(CreateFlow flow) {
        super(ID);
        this.flow = flow;
        addStep(this::waitUntilReady);
        addStep(this::checkAgain);
    }

    private CompletableFuture<DialogTurnResult> waitUntilReady(WaterfallStepContext step) {
        CreateMailbox state = flow.read(step);
        if (state.redisplay() == CreateMailbox.Redisplay.SILENT) {
            return flow.show(step, (current, token) -> card(step, current, token));
        }
        UserInput input = UserInput.of(step.getContext().getActivity());
        // A check the bot makes on its own looks once: it holds the conversation's turns while it waits.
        Duration budget = input.followUp() ? Duration.ZERO : flow.settings().pollBudget();
        return poll(step, state, 0, Duration.ZERO, budget).thenCompose(waited -> {
            if (waited.ready().isPresent()) {
                return flow.goTo(
                        step,
                        WizardOrder.next(ID),
                        state.created(
                                state.mailboxId(),
                                state.address(),
                                waited.ready().get().hiddenFromAddressLists()));
            }
            Texts texts = CreateFlow.texts(step.getContext());
            CompletableFuture<Void> told = waited.failure()
                    .map(problem -> CreateFlow.say(
                            step.getContext(), Message.of(problem).in(texts)))
                    .orElseGet(() -> CompletableFuture.completedFuture(null));
            return told.thenCompose(done -> flow.show(step, (current, token) -> card(step, current, token)))
                    .thenApply(shown -> {
                        if (waited.failure().isEmpty()) {
                            checkLater(
                                    step,
                                    input.followUp() ? input.data().path(ROUND).asInt(0) + 1 : 0);
                        }
                        return shown;
                    });
        });
    }

    /**
     * The bot looks again on its own after a growing pause, and changes the card in place when the
     * mailbox is ready, for as long as {@link io.postkamer.dialogs.BotSettings#followUpFor()} allows.
     */
    private void checkLater(WaterfallStepContext step, int round) {
        Duration pause = pause(round);
        Duration before = Duration.ZERO;
        for (int earlier = 0; earlier < round; earlier++) {
            before = before.plus(pause(earlier));
        }
        if (before.plus(pause).compareTo(flow.settings().followUpFor()) > 0) {
            return;
        }
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("token", flow.read(step).token())
                .put(ROUND, round);
        flow.followUps().schedule(step.getContext(), pause, CHECK_AGAIN, data);
    }

    /**
     * What waiting came to: the ready mailbox, or not yet; with the reason when the service refused in a
     * way that waiting longer will not cure (a transient refusal such as "not ready yet" or throttling
     * only means: check again).
     */
    private record Waited(Optional<Mailbox> ready, Optional<MailboxException> failure) {
        static Waited notYet() {
            return new Waited(Optional.empty(), Optional.empty());
        }
    }

    private CompletableFuture<DialogTurnResult> checkAgain(WaterfallStepContext step) {
        return flow.handle(step, ID, Optional.empty(), (state, input) -> flow.goTo(step, ID, state.checked()));
    }

    private CompletableFuture<Waited> poll(
            WaterfallStepContext step, CreateMailbox state, int attempt, Duration waited, Duration budget) {
        return flow.calls().read(service -> service.mailbox(state.mailboxId())).thenCompose(found -> {
            if (found.isFailure() && !found.problem().isTransient()) {
                return CompletableFuture.completedFuture(new Waited(Optional.empty(), found.failure()));
            }
            Optional<Mailbox> ready = found.value().flatMap(mailbox -> mailbox).filter(Mailbox::isReady);
            if (ready.isPresent()) {
                return CompletableFuture.completedFuture(new Waited(ready, Optional.empty()));
            }
            if (waited.compareTo(budget) >= 0) {
                return CompletableFuture.completedFuture(Waited.notYet());
            }
            Duration pause = pause(attempt);
            return CardReplies.update(step.getContext(), card(step, state.checked(), state.token()), state.shownIn())
                    .thenCompose(updated -> CompletableFuture.runAsync(
                            () -> {},
                            CompletableFuture.delayedExecutor(
                                    pause.toMillis(),
                                    TimeUnit.MILLISECONDS,
                                    flow.calls().executor())))
                    .thenCompose(paused -> poll(step, state.checked(), attempt + 1, waited.plus(pause), budget));
        });
    }

    private Duration pause(int attempt) {
        Duration grown = flow.settings().firstPoll().multipliedBy(1L << Math.min(attempt, 16));
        return grown.compareTo(flow.settings().maxPollInterval()) > 0
                ? flow.settings().maxPollInterval()
                : grown;
    }

    private static io.postkamer.cards.AdaptiveCard card(WaterfallStepContext step, CreateMailbox state, String token) {
        Texts texts = CreateFlow.texts(step.getContext());
        String userId = step.getContext().getActivity().getFrom().getId();
        return ProvisioningCard.render(
                texts, token, state.displayName(), state.address(), state.checks(), List.of(userId));
    }
}
