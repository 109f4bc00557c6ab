package io.postkamer.dialogs.create;

import io.postkamer.dialogs.audit.Audited;
import com.microsoft.bot.dialogs.DialogTurnResult;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.create.CreateMailbox.Grant;
import io.postkamer.mailbox.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Applies the planned rights one by one and records each outcome. What succeeded is never asked for
 * again: a retry only runs the failed ones, and each grant is idempotent in the service besides.
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
                return flow.notAuthorised(step.getContext()).thenCompose(told ->
                        flow.goTo(step, fromScreen, state.redisplayed(CreateMailbox.Redisplay.SILENT)));
            }
            CompletableFuture<List<Grant>> done = CompletableFuture.completedFuture(new ArrayList<>());
            for (Grant grant : state.grants()) {
                done = done.thenCompose(results -> applyOne(actor, state.mailboxId(), state.address(), grant).thenApply(result -> {
                    results.add(result);
                    return results;
                }));
            }
            return done.thenCompose(results -> flow.goTo(step, ResultsStep.ID, state.withGrants(results)));
        });
    }

    private CompletableFuture<Grant> applyOne(String actor, String mailboxId, String address, Grant grant) {
        if (grant.outcome() == Grant.Outcome.MADE || grant.outcome() == Grant.Outcome.ALREADY_SO) {
            return CompletableFuture.completedFuture(grant);
        }
        Audited what = Audited.of(address, "grant " + grant.right(), "",
                grant.memberName() + " " + grant.right() + (grant.autoMapping() ? " automapping" : ""));
        return flow.calls().change(actor, what,
                        service -> service.grant(mailboxId, grant.memberId(), grant.right(), grant.autoMapping()))
                .thenApply(attempt -> outcome(grant, attempt));
    }

    private static Grant outcome(Grant grant, Attempt<Change> attempt) {
        if (attempt.isFailure()) {
            return grant.with(Grant.Outcome.FAILED, List.of(Message.of(attempt.problem())));
        }
        return grant.with(attempt.get() == Change.MADE ? Grant.Outcome.MADE : Grant.Outcome.ALREADY_SO, List.of());
    }
}
