package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.MembersCard;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.People;
import io.postkamer.dialogs.create.CreateMailbox.Member;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The members: the people who can see incoming mail and outgoing replies. A picked group goes to the
 * group warning first; people keep the rights already chosen for them when the admin comes back here.
 */
final class MembersStep extends CardWaterfallDialog {
    static final String ID = "create.members";
    private final CreateFlow flow;

    MembersStep(CreateFlow flow) {
        super(ID);
        this.flow = flow;
        addStep(this::askMembers);
        addStep(this::readMembers);
    }

    private CompletableFuture<DialogTurnResult> askMembers(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        int listed = flow.settings().pickerChoices();
        return flow.calls()
                .read(service -> service.people(listed))
                .thenCompose(found -> flow.show(
                        step,
                        (state, token) -> MembersCard.render(
                                texts,
                                token,
                                state.displayName(),
                                choices(found.value().orElse(List.of()), state.members()),
                                state.members().stream().map(Member::id).toList(),
                                state.error().map(error -> error.in(texts)))));
    }

    private CompletableFuture<DialogTurnResult> readMembers(WaterfallStepContext step) {
        return flow.handle(step, ID, Optional.empty(), (state, input) -> {
            if (input.is(Verb.SKIP)) {
                return flow.goTo(step, WizardOrder.detour(ID, SignInStep.ID), state.withMembers(List.of(), ""));
            }
            List<String> ids = Arrays.stream(input.input("members").split(","))
                    .map(String::strip)
                    .filter(id -> !id.isEmpty())
                    .distinct()
                    .toList();
            if (!input.isAction() || ids.isEmpty()) {
                return flow.goTo(step, ID, state.withError(Message.of("create.membersStep.required")));
            }
            return flow.calls().read(service -> resolve(service, ids)).thenCompose(resolved -> {
                if (resolved.isFailure()) {
                    return flow.goTo(step, ID, state.withError(Message.of(resolved.problem())));
                }
                Picked picked = resolved.get();
                if (!picked.unknown().isEmpty()) {
                    return flow.goTo(
                            step,
                            ID,
                            state.withError(
                                    Message.of("create.membersStep.unknown", String.join(", ", picked.unknown()))));
                }
                List<Member> members = new ArrayList<>(keepChosenRights(state.members(), picked.people()));
                // A group already kept as one member stays so; a group picked anew is asked about first.
                List<Group> asked = new ArrayList<>();
                for (Group group : picked.groups()) {
                    state.members().stream()
                            .filter(m -> m.group() && m.id().equalsIgnoreCase(group.id()))
                            .findFirst()
                            .ifPresentOrElse(members::add, () -> asked.add(group));
                }
                return asked.isEmpty()
                        ? flow.goTo(step, WizardOrder.next(ID), state.withMembers(members, ""))
                        : flow.goTo(
                                step,
                                WizardOrder.detour(ID, GroupStep.ID),
                                state.withMembers(members, asked.get(0).id()));
            });
        });
    }

    /** What the picked ids are in the directory. */
    record Picked(List<Person> people, List<Group> groups, List<String> unknown) {}

    private static Picked resolve(MailboxService service, List<String> ids) {
        List<Person> people = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            Optional<Person> person = People.picked(service, id);
            if (person.isPresent()) {
                people.add(person.get());
                continue;
            }
            service.group(id).ifPresentOrElse(groups::add, () -> unknown.add(id));
        }
        return new Picked(people, groups, unknown);
    }

    static List<Member> keepChosenRights(List<Member> before, List<Person> people) {
        return people.stream()
                .map(person -> before.stream()
                        .filter(m -> m.id().equals(person.id()))
                        .findFirst()
                        .orElse(Member.withDefaults(person.id(), person.displayName())))
                .toList();
    }

    private static List<MembersCard.Choice> choices(List<? extends Principal> directory, List<Member> chosen) {
        List<MembersCard.Choice> choices = new ArrayList<>();
        directory.forEach(p -> choices.add(new MembersCard.Choice(label(p), p.id())));
        chosen.stream()
                .filter(m -> directory.stream().noneMatch(p -> p.id().equals(m.id())))
                .forEach(m -> choices.add(new MembersCard.Choice(m.name(), m.id())));
        return choices;
    }

    static String label(Principal principal) {
        if (principal instanceof Person person && !person.mail().isEmpty()) {
            return person.displayName() + " (" + person.mail() + ")";
        }
        return principal.displayName();
    }
}
