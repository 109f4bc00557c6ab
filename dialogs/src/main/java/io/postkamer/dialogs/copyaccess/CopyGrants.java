package io.postkamer.dialogs.copyaccess;

import io.postkamer.cards.copyaccess.CopyAccessCard.Choice;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;
import io.postkamer.mailbox.SharedMailboxFacts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The grants of a press, {@value #AT_ONCE} mailboxes at a time so that the mailbox threads stay free for everyone
 * else. Each chosen mailbox is read again first: it must be a shared mailbox, and only the rights the source holds
 * there now, and the target does not, are granted, in one batch (Full Access with automapping, as elsewhere), each
 * right audited. A mailbox where the source holds nothing any more is refused, and the refusal audited.
 */
final class CopyGrants {
    private static final Logger LOG = LoggerFactory.getLogger(CopyGrants.class);
    static final int AT_ONCE = 4;

    private final MailboxCalls calls;

    CopyGrants(MailboxCalls calls) {
        this.calls = calls;
    }

    /** One mailbox as it is now: what is granted, and what the target holds already. */
    private record Plan(Mailbox mailbox, List<Right> toGive, List<Right> held) {}

    void start(String actor, Person source, Person target, GrantRun run) {
        for (int i = 0; i < AT_ONCE; i++) {
            next(actor, source, target, run);
        }
    }

    private void next(String actor, Person source, Person target, GrantRun run) {
        Optional<Choice> chosen = run.next();
        if (chosen.isEmpty()) {
            return;
        }
        Choice offered = chosen.get();
        calls.read(service -> plan(service, offered, source, target))
                .thenCompose(planned -> {
                    if (planned.isFailure()) {
                        return refused(actor, source, target, offered, planned.problem());
                    }
                    Plan plan = planned.get();
                    if (plan.toGive().isEmpty()) {
                        return CompletableFuture.completedFuture(
                                new CopyOutcome(List.of(), plan.held(), Map.of(), Optional.empty()));
                    }
                    List<RightToGrant> rights = plan.toGive().stream()
                            .map(right -> new RightToGrant(target.id(), right, right == Right.FULL_ACCESS))
                            .toList();
                    return calls.grantAll(actor, plan.mailbox().id(), rights, asked -> audited(plan, target, asked))
                            .thenApply(granted -> settled(plan, granted));
                })
                .whenComplete((outcome, unexpected) -> {
                    if (unexpected != null) {
                        LOG.error("Copying access failed unexpectedly on {}", offered.address(), unexpected);
                    }
                    run.settle(
                            offered.mailboxId(),
                            outcome != null
                                    ? outcome
                                    : CopyOutcome.refused(new MailboxException.RemoteFailure(
                                            "Postkamer", 0, String.valueOf(unexpected), false, unexpected)));
                    next(actor, source, target, run);
                });
    }

    /**
     * The mailbox read again, in one read as the health report reads one mailbox (its trustees looked up together):
     * a shared one, where the source holds a right now. What the card showed is never taken for what is so.
     */
    private static Plan plan(MailboxService service, Choice offered, Person source, Person target) {
        SharedMailboxFacts facts = service.healthFacts(HealthScan.of(offered.mailboxId()))
                .of(offered.mailboxId())
                .orElseThrow(() -> new MailboxException.OutOfScope(Problem.NOT_A_SHARED_MAILBOX, offered.name()));
        Mailbox box = facts.mailbox();
        Set<Right> sourceHas = CopyChoices.rightsOf(facts.permissions(), source.id());
        if (sourceHas.isEmpty()) {
            throw new MailboxException.OutOfScope(Problem.NOT_A_MEMBER, box.displayName(), source.displayName());
        }
        Set<Right> targetHas = CopyChoices.rightsOf(facts.permissions(), target.id());
        Set<Right> toGive = EnumSet.copyOf(sourceHas);
        toGive.removeAll(targetHas);
        Set<Right> held = EnumSet.copyOf(sourceHas);
        held.retainAll(targetHas);
        return new Plan(box, List.copyOf(toGive), List.copyOf(held));
    }

    /** A refusal is audited as one, on the mailbox; a read that failed changed nothing and is only said. */
    private CompletableFuture<CopyOutcome> refused(
            String actor, Person source, Person target, Choice offered, MailboxException why) {
        CopyOutcome settled = CopyOutcome.refused(why);
        if (!(why instanceof MailboxException.OutOfScope) && !(why instanceof MailboxException.NotFound)) {
            return CompletableFuture.completedFuture(settled);
        }
        Audited what = Audited.on(
                AuditEntry.Target.mailbox(offered.mailboxId(), offered.name(), offered.address()),
                CopyAccess.COPY,
                source.displayName(),
                target.displayName());
        return calls.refused(actor, what, why).thenApply(audited -> settled);
    }

    /** As the add-members screen audits a grant: on the mailbox, with whom and what in the state after. */
    private static Audited audited(Plan plan, Person target, RightToGrant asked) {
        return Audited.grant(
                AuditEntry.Target.mailbox(
                        plan.mailbox().id(),
                        plan.mailbox().displayName(),
                        plan.mailbox().primarySmtpAddress()),
                target.displayName(),
                asked.right(),
                asked.autoMapping());
    }

    /** What the tenant answered: made is granted, already so is held (never said to be granted), failed with why. */
    private static CopyOutcome settled(Plan plan, Attempt<List<GrantOutcome>> granted) {
        if (granted.isFailure()) {
            return CopyOutcome.refused(granted.problem());
        }
        List<Right> made = new ArrayList<>();
        List<Right> held = new ArrayList<>(plan.held());
        Map<Right, Message> failed = new EnumMap<>(Right.class);
        for (GrantOutcome outcome : granted.get()) {
            Right right = outcome.asked().right();
            if (outcome instanceof GrantOutcome.Failed failure) {
                failed.put(right, Message.of(failure.failure()));
            } else if (((GrantOutcome.Applied) outcome).change() == Change.ALREADY_SO) {
                held.add(right);
            } else {
                made.add(right);
            }
        }
        return new CopyOutcome(made, held, failed, Optional.empty());
    }
}
