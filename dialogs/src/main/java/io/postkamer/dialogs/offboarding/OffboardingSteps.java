package io.postkamer.dialogs.offboarding;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.offboarding.StepResult.HeldRight;
import io.postkamer.dialogs.offboarding.StepResult.Status;
import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TenantHealthFacts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each step of an offboarding does, on the mailbox thread, through the same checked and audited calls as the
 * overview's own actions: the directory is asked again whether the administrator may, and each change is in the
 * audit under its usual name, so the mailbox's history tells them alike. Every write is one that finds its own effect
 * when asked again, so a step done again after a restart changes nothing twice.
 */
final class OffboardingSteps {
    private final MailboxCalls calls;
    private final Clock clock;

    OffboardingSteps(MailboxCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /**
     * The mailbox itself is read again only where a step depends on what it is now (its type, its licences and size);
     * the others act on the id and name the offboarding keeps.
     */
    StepResult perform(OffboardingStep step, Offboarding o, String actor) {
        MailboxService service = calls.service();
        String id = o.mailboxId();
        AuditEntry.Target target = new AuditEntry.Target(id, o.personName(), o.address());
        OffboardingPlan plan = o.plan();
        return switch (step) {
            case BLOCK_SIGN_IN ->
                done(calls.changeHere(
                        actor,
                        Audited.on(target, "block sign-in", "sign-in allowed", "sign-in blocked"),
                        () -> service.setSignInBlocked(id, true)));
            case SIGN_OUT ->
                done(calls.changeHere(
                        actor, Audited.on(target, "sign out everywhere", "", ""), () -> service.signOutEverywhere(id)));
            case CONVERT ->
                read(service, o).kind() == MailboxKind.SHARED
                        ? result(Status.ALREADY_SO, "offboard.result.CONVERT.ALREADY_SO")
                        : done(calls.changeHere(
                                actor,
                                Audited.on(target, "convert to shared", "user mailbox", "shared mailbox"),
                                () -> service.convertToShared(id)));
            case MANAGER_FULL_ACCESS -> grantManager(service, id, target, plan, Right.FULL_ACCESS, actor);
            case MANAGER_SEND_AS ->
                plan.managerSendAs()
                        ? grantManager(service, id, target, plan, Right.SEND_AS, actor)
                        : result(Status.NOT_ASKED, "offboard.result.NOT_ASKED");
            case AUTOMATIC_REPLY ->
                plan.automaticReply()
                        .map(words -> done(calls.changeHere(
                                actor,
                                Audited.on(target, "set automatic reply", "", words),
                                () -> service.setAutomaticReply(id, AutomaticReply.saying(words)))))
                        .orElseGet(() -> result(Status.NOT_ASKED, "offboard.result.NOT_ASKED"));
            case HIDE ->
                plan.hide()
                        ? done(calls.changeHere(
                                actor,
                                Audited.on(target, "hide from address lists", "shown", "hidden"),
                                () -> service.setHiddenFromAddressLists(id, true)))
                        : result(Status.NOT_ASKED, "offboard.result.NOT_ASKED");
            case LICENCES ->
                plan.removeLicences()
                        ? licences(service, read(service, o), target, actor)
                        : result(Status.NOT_ASKED, "offboard.result.NOT_ASKED");
            case OWN_RIGHTS -> ownRights(service, o, actor);
        };
    }

    private static Mailbox read(MailboxService service, Offboarding o) {
        return service.mailbox(o.mailboxId())
                .orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, o.address()));
    }

    private StepResult grantManager(
            MailboxService service,
            String id,
            AuditEntry.Target target,
            OffboardingPlan plan,
            Right right,
            String actor) {
        if (plan.managerId().isEmpty()) {
            return result(Status.NOT_ASKED, "offboard.result.noManager");
        }
        Person manager = service.person(plan.managerId().get())
                .orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, plan.managerName()));
        return done(calls.changeHere(
                actor,
                Audited.grant(target, manager.displayName(), right, true),
                () -> service.grant(id, manager.id(), right, true)));
    }

    /**
     * Only a shared mailbox may lose its licences, and only under 50 GB without an archive or hold; a licence a group
     * gives is left with the reason, as it can only go with the group membership.
     */
    private StepResult licences(MailboxService service, Mailbox box, AuditEntry.Target target, String actor) {
        if (box.kind() != MailboxKind.SHARED) {
            return result(Status.FAILED, "offboard.result.LICENCES.notShared");
        }
        List<Licence> licences = box.account().licences();
        if (licences.isEmpty()) {
            return result(Status.ALREADY_SO, "offboard.result.LICENCES.none");
        }
        if (box.storage().needsLicence()) {
            return result(Status.LEFT, "offboard.result.LICENCES.needed", names(licences));
        }
        List<Licence> byGroup =
                licences.stream().filter(Licence::assignedByGroup).toList();
        List<Licence> direct =
                licences.stream().filter(l -> !l.assignedByGroup()).toList();
        for (Licence licence : direct) {
            calls.changeHere(
                    actor,
                    Audited.on(target, "remove licence", licence.skuPartNumber(), ""),
                    () -> service.removeLicence(box.id(), licence.skuId()));
        }
        if (!byGroup.isEmpty()) {
            return result(Status.LEFT, "offboard.result.LICENCES.byGroup", names(direct), names(byGroup));
        }
        return result(Status.DONE, "offboard.result.LICENCES.DONE", names(direct));
    }

    /** Read in bulk, as the health report reads: every shared mailbox other than this one where the person holds a right. */
    private StepResult ownRights(MailboxService service, Offboarding o, String actor) {
        String personId = o.mailboxId();
        TenantHealthFacts facts = service.healthFacts(HealthScan.wholeTenant());
        List<HeldRight> held = new ArrayList<>();
        Map<String, Mailbox> where = new HashMap<>();
        for (SharedMailboxFacts mailbox : facts.mailboxes()) {
            if (mailbox.id().equalsIgnoreCase(o.mailboxId())) {
                continue;
            }
            mailbox.permissions().stream().filter(p -> p.isHeldBy(personId)).forEach(p -> {
                held.add(new HeldRight(mailbox.id(), mailbox.mailbox().displayName(), p.right()));
                where.put(mailbox.id(), mailbox.mailbox());
            });
        }
        String unread = facts.unread().isEmpty()
                ? ""
                : facts.unread().stream().map(m -> m.displayName()).collect(Collectors.joining(", "));
        if (held.isEmpty()) {
            return new StepResult(
                    Status.ALREADY_SO,
                    Message.of("offboard.result.OWN_RIGHTS.none", unread),
                    List.of(),
                    clock.instant());
        }
        if (!o.plan().removeOwnRights()) {
            return new StepResult(
                    Status.LEFT, Message.of("offboard.result.OWN_RIGHTS.listed", unread), held, clock.instant());
        }
        for (HeldRight right : held) {
            Mailbox other = where.get(right.mailboxId());
            calls.changeHere(
                    actor,
                    Audited.on(
                            new AuditEntry.Target(other.id(), other.displayName(), other.primarySmtpAddress()),
                            "revoke " + right.right(),
                            o.personName() + " " + right.right(),
                            ""),
                    () -> service.revoke(other.id(), personId, right.right()));
        }
        return new StepResult(
                Status.DONE, Message.of("offboard.result.OWN_RIGHTS.DONE", unread), held, clock.instant());
    }

    private StepResult done(Change change) {
        return change == Change.MADE
                ? result(Status.DONE, "offboard.result.DONE")
                : result(Status.ALREADY_SO, "offboard.result.ALREADY_SO");
    }

    private StepResult result(Status status, String key, String... arguments) {
        return StepResult.of(status, clock.instant(), key, arguments);
    }

    private static String names(List<Licence> licences) {
        return licences.stream().map(Licence::productName).collect(Collectors.joining(", "));
    }
}
