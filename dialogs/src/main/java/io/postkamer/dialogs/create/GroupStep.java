package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.GroupWarningCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.create.CreateMailbox.Member;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A group was picked. A mail-enabled security group may be kept as one member with Full Access and Send As (automapping
 * does not work through it), or its members added one by one; any other group only the latter. What the group is, is
 * read from the directory when the button is pressed, never taken from the card.
 */
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
            if (input.is(Verb.GRANT_GROUP)) {
                return keepGroup(step, state);
            }
            if (!input.is(Verb.EXPAND_GROUP)) {
                return flow.goTo(step, ID, state.redisplayed(CreateMailbox.Redisplay.SAME_TOKEN));
            }
            return flow.calls()
                    .read((MailboxService service) -> service.membersOf(state.pendingGroupId()))
                    .thenCompose(found -> {
                        if (found.isFailure()) {
                            return flow.goTo(step, MembersStep.ID, state.withError(Message.of(found.problem())));
                        }
                        List<Person> people = new ArrayList<>();
                        state.members().stream()
                                .filter(m -> !m.group())
                                .forEach(m -> people.add(new Person(m.id(), m.name(), m.id(), "", "", "")));
                        found.get().stream()
                                .filter(p -> people.stream()
                                        .noneMatch(known -> known.id().equals(p.id())))
                                .forEach(people::add);
                        List<Member> members = new ArrayList<>(MembersStep.keepChosenRights(state.members(), people));
                        state.members().stream().filter(Member::group).forEach(members::add);
                        return flow.goTo(step, WizardOrder.next(ID), state.withMembers(members, ""));
                    });
        });
    }

    /** The group itself as one member, if Exchange can give it rights; refused and audited otherwise. */
    private CompletableFuture<DialogTurnResult> keepGroup(WaterfallStepContext step, CreateMailbox state) {
        String groupId = state.pendingGroupId();
        return flow.calls().read(service -> service.group(groupId)).thenCompose(found -> {
            if (found.isFailure()) {
                return flow.goTo(step, ID, state.withError(Message.of(found.problem())));
            }
            Optional<Group> grantable = found.get().filter(group -> group.kind() == Group.Kind.MAIL_ENABLED_SECURITY);
            if (grantable.isEmpty()) {
                MailboxException refused = new MailboxException.OutOfScope(
                        Problem.GROUP_CANNOT_HOLD_RIGHTS,
                        found.get().map(Group::displayName).orElse(groupId));
                return flow.calls()
                        .refused(
                                Actor.idOf(step.getContext()),
                                Audited.on(
                                        AuditEntry.Target.mailbox(
                                                state.mailboxId(), state.displayName(), state.address()),
                                        "add group as member",
                                        "",
                                        groupId),
                                refused)
                        .thenCompose(audited -> flow.refuse(step, ID, state, refused));
            }
            Group group = grantable.get();
            List<Member> members = new ArrayList<>(state.members().stream()
                    .filter(m -> !m.id().equalsIgnoreCase(group.id()))
                    .toList());
            members.add(Member.group(group.id(), group.displayName()));
            return flow.goTo(step, WizardOrder.next(ID), state.withMembers(members, ""));
        });
    }

    /** The group and its members, read together. */
    record GroupAndMembers(Optional<Group> group, List<Person> members) {}
}
