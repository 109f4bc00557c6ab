package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.create.SignInCard;
import io.postkamer.cards.create.SummaryCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.CardWaterfallDialog;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.create.CreateMailbox.Grant;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MemberRights;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.SentItemsCopies;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Block sign-in of the mailbox's own account, with the reason; then the summary, and the conversation ends. */
final class SignInStep extends CardWaterfallDialog {
    static final String ID = "create.signin";
    private final CreateFlow flow;

    SignInStep(CreateFlow flow) {
        super(ID);
        this.flow = flow;
        addStep(this::offerBlock);
        addStep(this::blockOrFinish);
    }

    private CompletableFuture<DialogTurnResult> offerBlock(WaterfallStepContext step) {
        Texts texts = CreateFlow.texts(step.getContext());
        CreateMailbox state = flow.read(step);
        return flow.calls().read(service -> service.mailbox(state.mailboxId())).thenCompose(found -> {
            boolean blocked = found.value()
                    .flatMap(m -> m)
                    .map(m -> m.account().signInBlocked())
                    .orElse(false);
            return flow.show(
                    step,
                    (current, token) -> SignInCard.render(
                            texts, token, blocked, current.error().map(error -> error.in(texts))));
        });
    }

    private CompletableFuture<DialogTurnResult> blockOrFinish(WaterfallStepContext step) {
        return flow.handle(step, ID, WizardOrder.back(ID), (state, input) -> {
            if (input.is(Verb.SKIP) || input.is(Verb.NEXT)) {
                return finish(step, state);
            }
            if (!input.is(Verb.BLOCK_SIGN_IN)) {
                return flow.goTo(step, ID, state.redisplayed(CreateMailbox.Redisplay.SAME_TOKEN));
            }
            return flow.calls()
                    .change(
                            Actor.idOf(step.getContext()),
                            Audited.on(
                                    AuditEntry.Target.mailbox(state.mailboxId(), state.displayName(), state.address()),
                                    "block sign-in",
                                    "sign-in allowed",
                                    "sign-in blocked"),
                            service -> service.setSignInBlocked(state.mailboxId(), true))
                    .thenCompose(blocked -> {
                        if (blocked.isFailure()) {
                            return blocked.problem() instanceof io.postkamer.mailbox.MailboxException.NotAuthorised
                                    ? flow.refuse(step, ID, state, blocked.problem())
                                    : flow.goTo(step, ID, state.withError(Message.of(blocked.problem())));
                        }
                        return finish(step, state.withSignInBlocked(true));
                    });
        });
    }

    private CompletableFuture<DialogTurnResult> finish(WaterfallStepContext step, CreateMailbox state) {
        Texts texts = CreateFlow.texts(step.getContext());
        return flow.calls()
                .read(service -> new Now(service.mailbox(state.mailboxId()), service.delegates(state.mailboxId())))
                .thenCompose(now -> {
                    boolean blocked = now.value()
                            .flatMap(Now::mailbox)
                            .map(m -> m.account().signInBlocked())
                            .orElse(state.signInBlocked());
                    List<SummaryCard.Member> members =
                            now.value().map(n -> members(n.delegates())).orElseGet(() -> membersFromPlan(state));
                    // As the mailbox says; unread, only what setting it was seen to do.
                    SentItemsCopies sentItems = now.value()
                            .flatMap(Now::mailbox)
                            .map(Mailbox::sentItemsCopies)
                            .orElse(SentItemsCopies.of(state.sentItems().isSettled()
                                    && state.sentItems().keep()));
                    return CardReplies.show(
                            step.getContext(),
                            SummaryCard.render(
                                    texts,
                                    state.mailboxId(),
                                    state.displayName(),
                                    state.address(),
                                    members,
                                    blocked,
                                    sentItems),
                            state.shownIn());
                })
                .thenCompose(shown -> step.endDialog());
    }

    /** The mailbox and its delegates as the service reports them after the changes. */
    record Now(Optional<Mailbox> mailbox, List<PermissionGrant> delegates) {}

    private static List<SummaryCard.Member> members(List<PermissionGrant> delegates) {
        return MemberRights.of(delegates).stream()
                .map(member -> new SummaryCard.Member(
                        member.trusteeName(), member.rights(), member.autoMapping(), member.group()))
                .toList();
    }

    private static List<SummaryCard.Member> membersFromPlan(CreateMailbox state) {
        return members(state.grants().stream()
                .filter(g -> g.outcome() == Grant.Outcome.MADE || g.outcome() == Grant.Outcome.ALREADY_SO)
                .map(g -> new PermissionGrant(
                        g.memberId(),
                        g.memberName(),
                        g.right(),
                        AutoMapping.of(g.autoMapping()),
                        state.members().stream().anyMatch(m -> m.group() && m.id().equals(g.memberId()))))
                .toList());
    }
}
