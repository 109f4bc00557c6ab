package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.ConfirmCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Problem;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** What will be created; the create button is the first change, so the directory is asked again first. */
final class ConfirmStep extends CardWaterfallDialog {
    static final String ID = "create.confirm";
    private static final Set<Problem> ABOUT_THE_ADDRESS = Set.of(
            Problem.ALIAS_INVALID, Problem.DOMAIN_NOT_ACCEPTED, Problem.ADDRESS_TAKEN, Problem.DISPLAY_NAME_INVALID);
    private final CreateFlow flow;

    ConfirmStep(CreateFlow flow) {
        super(ID);
        this.flow = flow;
        addStep(this::confirm);
        addStep(this::create);
    }

    private CompletableFuture<DialogTurnResult> confirm(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        return flow.show(
                step,
                (state, token) -> ConfirmCard.render(
                        texts,
                        token,
                        state.displayName(),
                        state.alias() + "@" + state.domain(),
                        state.error().map(error -> error.in(texts))));
    }

    private CompletableFuture<DialogTurnResult> create(WaterfallStepContext step) {
        return flow.handle(step, ID, WizardOrder.back(ID), (state, input) -> {
            if (!input.is(Verb.CREATE)) {
                return flow.goTo(step, ID, state.redisplayed(CreateMailbox.Redisplay.SAME_TOKEN));
            }
            NewSharedMailbox request = new NewSharedMailbox(state.displayName(), state.alias(), state.domain());
            Audited what = Audited.on(
                    AuditEntry.Target.mailbox("", request.displayName(), request.address()),
                    "create shared mailbox",
                    "",
                    request.address() + " \"" + request.displayName() + "\"");
            return flow.calls()
                    .change(Actor.idOf(step.getContext()), what, service -> service.createSharedMailbox(request))
                    .thenCompose(created -> {
                        if (!created.isFailure()) {
                            var mailbox = created.get().mailbox();
                            return flow.goTo(
                                    step,
                                    WizardOrder.next(ID),
                                    state.created(
                                            mailbox.id(),
                                            mailbox.primarySmtpAddress(),
                                            mailbox.hiddenFromAddressLists()));
                        }
                        MailboxException problem = created.problem();
                        if (ABOUT_THE_ADDRESS.contains(problem.problem())) {
                            String screen = WizardOrder.detour(
                                    ID,
                                    problem.problem() == Problem.DISPLAY_NAME_INVALID ? NameStep.ID : AddressStep.ID);
                            return flow.goTo(step, screen, state.withError(Message.of(problem)));
                        }
                        if (problem instanceof MailboxException.NotAuthorised) {
                            return flow.refuse(step, ID, state, problem);
                        }
                        // Microsoft 365 busy or unreachable: the card says so and keeps its Create button.
                        return flow.goTo(step, ID, state.withError(Message.of(problem)));
                    });
        });
    }
}
