package io.postkamer.dialogs.health;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.health.HealthConfirmCard.Question;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.manage.MailboxScope;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Full Access given to a group, given to its members instead: Outlook maps the mailbox for a person who holds Full
 * Access themselves, never through a group. Asked first, with the group's members named; on the confirmed press the
 * mailbox's rights and the group's members are read again, each member who is a person and holds no Full Access yet
 * gets it with automapping (each grant audited as adding members audits it), and only when every grant succeeded is the
 * group's own Full Access removed, audited as any right taken away. A grant that fails leaves the group's Full Access
 * as it was, so nobody loses access halfway. Groups within the group are not expanded; a repeated press finds the
 * group's Full Access gone and changes nothing.
 */
final class GroupAccessFix {
    static final String ACTION = "give group members Full Access";
    /** Members the question names before it counts the rest. */
    private static final int NAMED = 10;

    /** What the fix does: whom it gives Full Access, and which members hold it already. */
    record Plan(Mailbox box, Group group, List<Person> toGrant, List<Person> holding) {}

    private final FixFlow flow;

    GroupAccessFix(FixFlow flow) {
        this.flow = flow;
    }

    CompletableFuture<Void> press(TurnContext turn, Texts texts, String actor, UserInput input) {
        String mailboxId = input.input("mailbox");
        String groupId = input.input("group");
        Audited pressed = Audited.of(mailboxId, ACTION, groupId + " " + Right.FULL_ACCESS, "");
        return flow.asked(
                turn,
                texts,
                actor,
                input,
                pressed,
                service -> Optional.of(question(texts, plan(service, mailboxId, groupId), input)),
                () -> confirmed(turn, texts, actor, input, pressed));
    }

    /** The mailbox and the group's Full Access on it, read now; the members as the directory has them now. */
    static Plan plan(MailboxService service, String mailboxId, String groupId) {
        Mailbox box = MailboxScope.shared(service, mailboxId);
        HeldPermission held = HealthScope.groupFullAccess(service, box, groupId);
        Group group = service.group(held.trusteeId())
                .orElseThrow(() -> new MailboxException.OutOfScope(Problem.GROUP_NOT_FOUND, held.trusteeName()));
        Set<String> withFullAccess = service.delegates(box.id()).stream()
                .filter(grant -> grant.right() == Right.FULL_ACCESS && !grant.group())
                .map(PermissionGrant::trusteeId)
                .map(id -> id.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<Person> toGrant = new ArrayList<>();
        List<Person> holding = new ArrayList<>();
        for (Person member : service.membersOf(group.id())) {
            // A shared mailbox's or a room's account is a user in the directory, but nobody who opens mail.
            if (service.isMailboxAccount(member.id())) {
                continue;
            }
            if (withFullAccess.contains(member.id().toLowerCase(Locale.ROOT))) {
                holding.add(member);
            } else {
                toGrant.add(member);
            }
        }
        return new Plan(box, group, toGrant, holding);
    }

    private static Question question(Texts texts, Plan plan, UserInput input) {
        String box = plan.box().displayName();
        String group = plan.group().displayName();
        List<Person> people = new ArrayList<>(plan.toGrant());
        people.addAll(plan.holding());
        List<String> lines = new ArrayList<>();
        lines.add(
                people.isEmpty()
                        ? texts.get("health.confirm.groupMembers.noMembers", group)
                        : texts.get("health.confirm.groupMembers.members", group, people.size(), names(texts, people)));
        lines.add(texts.get("health.confirm.groupMembers.what", box));
        lines.add(
                plan.holding().isEmpty()
                        ? texts.get("health.confirm.groupMembers.held")
                        : texts.get("health.confirm.groupMembers.heldNamed", names(texts, plan.holding())));
        lines.add(texts.get("health.confirm.groupMembers.nested", group));
        lines.add(texts.get("health.confirm.groupMembers.then", group, box));
        return new Question(
                texts.get("health.confirm.groupMembers.title", box, group),
                lines,
                texts.get("health.fix.groupMembers"),
                Verb.HEALTH_GROUP_MEMBERS,
                input.data());
    }

    /** "Miriam Graham, Émilie Sauvé and 3 more": the first ten by name. */
    private static String names(Texts texts, List<Person> people) {
        String named = people.stream().limit(NAMED).map(Person::displayName).collect(Collectors.joining(", "));
        return people.size() > NAMED ? texts.get("health.row.namesAndMore", named, people.size() - NAMED) : named;
    }

    /** The confirmed press: checked again, the members' grants first, the group's own Full Access only after all. */
    private CompletableFuture<Void> confirmed(
            TurnContext turn, Texts texts, String actor, UserInput input, Audited pressed) {
        MailboxCalls calls = flow.calls();
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure()) {
                return CardReplies.say(turn, Message.of(admin.problem()).in(texts));
            }
            if (!admin.get()) {
                return flow.refuse(turn, texts, actor, pressed, new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> plan(service, input.input("mailbox"), input.input("group")))
                    .thenCompose(planned -> planned.isFailure()
                            ? flow.refuse(turn, texts, actor, pressed, planned.problem())
                            : grant(actor, planned.get())
                                    .thenCompose(granted ->
                                            afterGrants(turn, texts, actor, input, pressed, planned.get(), granted)));
        });
    }

    private CompletableFuture<Attempt<List<GrantOutcome>>> grant(String actor, Plan plan) {
        if (plan.toGrant().isEmpty()) {
            return CompletableFuture.completedFuture(Attempt.succeeded(List.of()));
        }
        List<RightToGrant> rights = plan.toGrant().stream()
                .map(person -> new RightToGrant(person.id(), Right.FULL_ACCESS, true))
                .toList();
        AuditEntry.Target mailbox = MailboxScope.target(plan.box());
        return flow.calls()
                .grantAll(
                        actor,
                        plan.box().id(),
                        rights,
                        asked -> Audited.grant(mailbox, nameOf(plan, asked.trusteeId()), Right.FULL_ACCESS, true));
    }

    private CompletableFuture<Void> afterGrants(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Plan plan,
            Attempt<List<GrantOutcome>> granted) {
        if (granted.isFailure()) {
            return CardReplies.say(turn, Message.of(granted.problem()).in(texts));
        }
        List<String> notGiven = granted.get().stream()
                .filter(GrantOutcome.Failed.class::isInstance)
                .map(GrantOutcome.Failed.class::cast)
                .map(failed -> nameOf(plan, failed.asked().trusteeId()) + " ("
                        + Message.of(failed.failure()).in(texts) + ")")
                .toList();
        if (!notGiven.isEmpty()) {
            return CardReplies.say(
                    turn,
                    texts.get(
                            "health.failed.groupMembers",
                            plan.group().displayName(),
                            plan.box().displayName(),
                            String.join("; ", notGiven)));
        }
        return flow.calls()
                .checkedChange(actor, pressed, service -> {
                    Mailbox box = MailboxScope.shared(service, plan.box().id());
                    HeldPermission held = HealthScope.groupFullAccess(
                            service, box, plan.group().id());
                    return new MailboxCalls.Checked<>(
                            Audited.on(
                                    new AuditEntry.Target(
                                            held.trusteeId(), held.trusteeName(), box.primarySmtpAddress()),
                                    "revoke " + Right.FULL_ACCESS,
                                    held.trusteeName() + " " + Right.FULL_ACCESS,
                                    ""),
                            () -> service.revoke(box.id(), held.trusteeId(), Right.FULL_ACCESS));
                })
                .thenCompose(revoked -> revoked.isFailure()
                        ? CardReplies.say(turn, Message.of(revoked.problem()).in(texts))
                        : flow.done(
                                turn,
                                texts,
                                input,
                                plan.box().id(),
                                FactsAfterFix.withoutPermission(plan.group().id(), Right.FULL_ACCESS),
                                texts.get(
                                        "health.done.groupMembers",
                                        plan.box().displayName(),
                                        plan.group().displayName())));
    }

    private static String nameOf(Plan plan, String personId) {
        return plan.toGrant().stream()
                .filter(person -> person.id().equalsIgnoreCase(personId))
                .map(Person::displayName)
                .findFirst()
                .orElse(personId);
    }
}
