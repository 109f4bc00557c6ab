package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.create.AddressCard;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.AcceptedDomain;
import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The proposed address: the alias can be edited and another accepted domain chosen; checked before anything is created. */
final class AddressStep extends CardWaterfallDialog {
    static final String ID = "create.address";
    private final CreateFlow flow;

    AddressStep(CreateFlow flow) {
        super(ID);
        this.flow = flow;
        addStep(this::proposeAddress);
        addStep(this::checkAddress);
    }

    private CompletableFuture<DialogTurnResult> proposeAddress(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        return flow.calls()
                .read(service -> service.organisation().acceptedDomains().stream()
                        .map(AcceptedDomain::name)
                        .toList())
                .thenCompose(domains -> flow.show(
                        step,
                        (state, token) -> AddressCard.render(
                                texts,
                                token,
                                state.displayName(),
                                state.alias(),
                                state.domain(),
                                domains.value().orElse(List.of(state.domain())),
                                state.error().map(error -> error.in(texts)))));
    }

    private CompletableFuture<DialogTurnResult> checkAddress(WaterfallStepContext step) {
        return flow.handle(step, ID, WizardOrder.back(ID), (state, input) -> {
            String alias = (input.isAction() ? input.input("alias") : input.text()).toLowerCase(Locale.ROOT);
            String domain = input.isAction() && !input.input("domain").isEmpty()
                    ? input.input("domain").toLowerCase(Locale.ROOT)
                    : state.domain();
            CreateMailbox edited = state.addressed(alias, domain);
            // The address on the card without an error was found free when it got there, moments ago (proposed, or
            // typed and checked): only a changed one is asked about again. Creating checks once more in any case.
            boolean checkedAlready =
                    state.error().isEmpty() && alias.equals(state.alias()) && domain.equals(state.domain());
            return flow.calls()
                    .read(service -> checkedAlready ? Optional.<Message>empty() : refusal(service, alias, domain))
                    .thenCompose(checked -> {
                        Optional<Message> problem =
                                checked.isFailure() ? Optional.of(Message.of(checked.problem())) : checked.get();
                        return problem.isPresent()
                                ? flow.goTo(step, ID, edited.withError(problem.get()))
                                : flow.goTo(step, WizardOrder.next(ID), edited);
                    });
        });
    }

    /** Why this address cannot be used, if it cannot: checked again by the service when creating. */
    static Optional<Message> refusal(MailboxService service, String alias, String domain) {
        if (!Aliases.isValid(alias)) {
            return Optional.of(Message.of(new MailboxException.InvalidInput(Problem.ALIAS_INVALID, alias)));
        }
        boolean accepted = service.organisation().acceptedDomains().stream()
                .anyMatch(d -> d.name().equals(domain));
        if (!accepted) {
            return Optional.of(Message.of(new MailboxException.InvalidInput(Problem.DOMAIN_NOT_ACCEPTED, domain)));
        }
        String address = alias + "@" + domain;
        if (service.addressInUse(address)) {
            return Optional.of(Message.of(new MailboxException.AlreadyExists(Problem.ADDRESS_TAKEN, address)));
        }
        return Optional.empty();
    }
}
