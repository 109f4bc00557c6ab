package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.GroupWarningCard;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.create.CreateMailbox.Member;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A group was picked: automapping does not work through groups, so offer its members one by one. */
final class GroupStep extends CardWaterfallDialog {
    static final String ID = "create.group";
    private final CreateFlow flow;

    GroupStep(CreateFlow flow) {
        super(ID);
        this.flow = flow;
        addStep(this::warn);
        addStep(this::expand);
    }

    private CompletableFuture<DialogTurnResult> warn(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        String groupId = flow.read(step).pendingGroupId();
        return flow.calls()
                .read(service -> new GroupAndMembers(service.group(groupId), service.membersOf(groupId)))
                .thenCompose(found -> flow.show(
                        step,
                        (state, token) -> GroupWarningCard.render(
                                texts,
                                token,
                                found.value()
                                        .flatMap(GroupAndMembers::group)
                                        .map(Group::displayName)
                                        .orElse(groupId),
                                found.value()
                                        .flatMap(GroupAndMembers::group)
                                        .map(Group::kind)
                                        .orElse(Group.Kind.SECURITY),
                                found.value().map(g -> g.members().size()).orElse(0))));
    }

    private CompletableFuture<DialogTurnResult> expand(WaterfallStepContext step) {
        return flow.handle(step, ID, WizardOrder.back(ID), (state, input) -> {
            if (!input.is(Verb.EXPAND_GROUP)) {
                return flow.goTo(step, ID, state.redisplayed(CreateMailbox.Redisplay.SAME_TOKEN));
            }
            return flow.calls()
                    .read((MailboxService service) -> service.membersOf(state.pendingGroupId()))
                    .thenCompose(found -> {
                        if (found.isFailure()) {
                            return flow.goTo(
                                    step,
                                    MembersStep.ID,
                                    state.withError(io.postkamer.dialogs.common.Message.of(found.problem())));
                        }
                        List<Person> people = new ArrayList<>();
                        state.members().forEach(m -> people.add(new Person(m.id(), m.name(), m.id(), "", "", "")));
                        found.get().stream()
                                .filter(p -> people.stream()
                                        .noneMatch(known -> known.id().equals(p.id())))
                                .forEach(people::add);
                        List<Member> members = MembersStep.keepChosenRights(state.members(), people);
                        return flow.goTo(step, WizardOrder.next(ID), state.withMembers(members, ""));
                    });
        });
    }

    /** The group and its members, read together. */
    record GroupAndMembers(Optional<Group> group, List<Person> members) {}
}
