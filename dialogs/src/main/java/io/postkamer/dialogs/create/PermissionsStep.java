package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.PermissionsCard;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.create.CreateMailbox.Grant;
import io.postkamer.dialogs.create.CreateMailbox.Member;
import io.postkamer.mailbox.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The rights of each member (Full Access with automapping and Send As preselected; a group Full Access and Send As
 * only) and whether the mailbox keeps copies of what is sent from it in its Sent Items (on), then applied.
 */
final class PermissionsStep extends CardWaterfallDialog {
    static final String ID = "create.permissions";
    private final CreateFlow flow;
    private final Grants grants;

    PermissionsStep(CreateFlow flow, Grants grants) {
        super(ID);
        this.flow = flow;
        this.grants = grants;
        addStep(this::askRights);
        addStep(this::applyRights);
    }

    private CompletableFuture<DialogTurnResult> askRights(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        return flow.show(
                step,
                (state, token) -> PermissionsCard.render(
                        texts,
                        token,
                        state.members().stream()
                                .map(m -> new PermissionsCard.MemberRights(
                                        m.name(),
                                        m.fullAccess(),
                                        m.autoMapping(),
                                        m.sendAs(),
                                        m.sendOnBehalf(),
                                        m.group()))
                                .toList(),
                        state.hiddenFromAddressLists(),
                        state.sentItems().keep()));
    }

    private CompletableFuture<DialogTurnResult> applyRights(WaterfallStepContext step) {
        return flow.handle(step, ID, WizardOrder.back(ID), (state, input) -> {
            if (!input.is(Verb.APPLY)) {
                return flow.goTo(step, ID, state.redisplayed(CreateMailbox.Redisplay.SAME_TOKEN));
            }
            List<Member> chosen = chosenRights(state.members(), input);
            List<Grant> planned = new ArrayList<>();
            for (Member member : chosen) {
                for (Right right : member.rights()) {
                    planned.add(new Grant(
                            member.id(),
                            member.name(),
                            right,
                            right == Right.FULL_ACCESS && member.autoMapping(),
                            Grant.Outcome.PENDING,
                            List.of()));
                }
            }
            if (planned.isEmpty()) {
                return flow.goTo(
                        step,
                        ID,
                        state.withMembers(chosen, "").withError(Message.of("create.permissionsStep.nothingChosen")));
            }
            String keep = input.input(PermissionsCard.SENT_ITEMS);
            CreateMailbox withPlan = state.withMembers(chosen, "")
                    .withGrants(
                            planned,
                            state.sentItems()
                                    .chosen(keep.isEmpty() ? state.sentItems().keep() : Boolean.parseBoolean(keep)));
            return grants.apply(step, ID, withPlan);
        });
    }

    private static List<Member> chosenRights(List<Member> members, UserInput input) {
        List<Member> chosen = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            chosen.add(new Member(
                    m.id(),
                    m.name(),
                    toggle(input, i, "fullAccess", m.fullAccess()),
                    toggle(input, i, "autoMapping", m.autoMapping()),
                    toggle(input, i, "sendAs", m.sendAs()),
                    toggle(input, i, "sendOnBehalf", m.sendOnBehalf()),
                    // A group's card has no automapping or Send on Behalf: a press that sends them anyway is not heard.
                    m.group()));
        }
        return chosen;
    }

    private static boolean toggle(UserInput input, int member, String name, boolean shown) {
        String value = input.input(PermissionsCard.inputId(member, name));
        return value.isEmpty() ? shown : Boolean.parseBoolean(value);
    }
}
