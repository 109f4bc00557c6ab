package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.audit.SentItemsAudit;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.create.CreateMailbox.Grant;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.RightToGrant;
import io.postkamer.mailbox.SentItemsCopies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Applies the planned rights in one batch and records each outcome. What succeeded is never asked
 * for again: a retry only runs the failed ones, and each grant is idempotent in the service besides.
 */
final class Grants {
    private final CreateFlow flow;

    Grants(CreateFlow flow) {
        this.flow = flow;
    }

    CompletableFuture<DialogTurnResult> apply(WaterfallStepContext step, String fromScreen, CreateMailbox state) {
        String actor = Actor.idOf(step.getContext());
        return flow.calls().isAdministrator(actor).thenCompose(allowed -> {
            if (allowed.isFailure()) {
                return flow.refuse(step, fromScreen, state, allowed.problem());
            }
            if (!allowed.get()) {
                return flow.notAuthorised(step.getContext())
                        .thenCompose(
                                told -> flow.goTo(step, fromScreen, state.redisplayed(CreateMailbox.Redisplay.SILENT)));
            }
            List<Grant> pending =
                    state.grants().stream().filter(Grants::stillToDo).toList();
            List<RightToGrant> rights = pending.stream()
                    .map(grant -> new RightToGrant(grant.memberId(), grant.right(), grant.autoMapping()))
                    .toList();
            GrantsInFlight.Batch batch = new GrantsInFlight.Batch(pending);
            batch.runs(
                    flow.calls()
                            .grantAll(
                                    actor,
                                    state.mailboxId(),
                                    rights,
                                    asked -> audited(state, pending.get(rights.indexOf(asked))),
                                    settled -> batch.settledOne()),
                    () -> sentItems(actor, state));
            // A batch that outlasts the turn's patience goes on after it, its card showing how far it is.
            return batch.result()
                    .thenApply(done -> true)
                    .completeOnTimeout(false, flow.settings().patience().toMillis(), TimeUnit.MILLISECONDS)
                    .thenCompose(finished -> {
                        if (finished) {
                            return results(step, state, batch);
                        }
                        step.getContext().getTurnState().replace(GrantsInFlight.HANDED_OVER, batch);
                        return flow.goTo(step, WizardOrder.next(PermissionsStep.ID), state);
                    });
        });
    }

    /** The results screen with each pending grant's outcome. */
    CompletableFuture<DialogTurnResult> results(
            WaterfallStepContext step, CreateMailbox state, GrantsInFlight.Batch batch) {
        return flow.goTo(
                step,
                WizardOrder.next(ApplyingStep.ID),
                state.withGrants(
                        withOutcomes(state.grants(), batch.result().join()),
                        batch.sentItems
                                .get()
                                .map(set -> outcome(state.sentItems(), set))
                                .orElse(state.sentItems())));
    }

    /** The Sent Items copies, set beside the grants while they are not known to be as chosen. */
    private CompletableFuture<Optional<Attempt<Change>>> sentItems(String actor, CreateMailbox state) {
        SentItemsChoice choice = state.sentItems();
        if (choice.isSettled()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return flow.calls()
                .change(
                        actor,
                        Audited.on(
                                AuditEntry.Target.mailbox(state.mailboxId(), state.displayName(), state.address()),
                                SentItemsAudit.action(choice.keep()),
                                "",
                                SentItemsAudit.state(choice.keep())),
                        service -> service.setSentItemsCopies(state.mailboxId(), SentItemsCopies.of(choice.keep())))
                .thenApply(Optional::of);
    }

    /** Settled only when the service said so: a failure, a lost answer included, stays to be tried again. */
    private static SentItemsChoice outcome(SentItemsChoice choice, Attempt<Change> set) {
        if (set.isFailure()) {
            return choice.with(Grant.Outcome.FAILED, List.of(Message.of(set.problem())));
        }
        return choice.with(set.get() == Change.MADE ? Grant.Outcome.MADE : Grant.Outcome.ALREADY_SO, List.of());
    }

    /** The plan with each pending grant's outcome; the outcomes come in the order the pending grants were asked. */
    private static List<Grant> withOutcomes(List<Grant> planned, Attempt<List<GrantOutcome>> attempt) {
        List<Grant> results = new ArrayList<>(planned.size());
        int next = 0;
        for (Grant grant : planned) {
            if (!stillToDo(grant)) {
                results.add(grant);
                continue;
            }
            results.add(
                    attempt.isFailure()
                            ? failed(grant, attempt.problem())
                            : outcome(grant, attempt.get().get(next)));
            next++;
        }
        return results;
    }

    /** What succeeded is never asked for again. */
    private static boolean stillToDo(Grant grant) {
        return grant.outcome() != Grant.Outcome.MADE && grant.outcome() != Grant.Outcome.ALREADY_SO;
    }

    private static Audited audited(CreateMailbox state, Grant grant) {
        return Audited.on(
                AuditEntry.Target.mailbox(state.mailboxId(), state.displayName(), state.address()),
                "grant " + grant.right(),
                "",
                grant.memberName() + " " + grant.right() + (grant.autoMapping() ? " automapping" : ""));
    }

    private static Grant outcome(Grant grant, GrantOutcome outcome) {
        if (outcome instanceof GrantOutcome.Failed failed) {
            return failed(grant, failed.failure());
        }
        Change change = ((GrantOutcome.Applied) outcome).change();
        return grant.with(change == Change.MADE ? Grant.Outcome.MADE : Grant.Outcome.ALREADY_SO, List.of());
    }

    private static Grant failed(Grant grant, MailboxException why) {
        return grant.with(Grant.Outcome.FAILED, List.of(Message.of(why)));
    }
}
