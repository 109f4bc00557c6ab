package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.manage.AddMembersCard;
import io.postkamer.cards.manage.MailboxOverviewCard.Notice;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.People;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.MemberRights;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Members added to a shared mailbox that exists, from its overview: a right added to a member, or people added
 * with the rights they need. What is asked is read against what the mailbox holds now, on the server; what is
 * already held is left as it is (never granted again, its automapping never touched), and the rest is granted in
 * one batch, each right audited. The answer is the overview with what was added.
 */
final class AddMembers {
    private static final String ACTION = "add members";
    /** People offered before anything is typed, as in the wizard. */
    private static final int LISTED = 25;

    private final MailboxCalls calls;
    private final OverviewScreen overview;

    AddMembers(MailboxCalls calls, OverviewScreen overview) {
        this.calls = calls;
        this.overview = overview;
    }

    /** The mailbox, what it holds and whom it could get: administrators only, shared mailboxes only. */
    private record Screen(Mailbox mailbox, List<MemberRights> members, List<AddMembersCard.Choice> people) {}

    /** What a press asks for, each right with the name of whom it is for. */
    private record Wanted(RightToGrant right, String name) {}

    /**
     * What is granted now, and what was asked but is already held; the groups whose members were added instead (Exchange
     * gives them no rights), and the groups that were asked Send on Behalf, which a group is not given.
     */
    private record Plan(
            Mailbox mailbox,
            List<Wanted> toGrant,
            List<Wanted> held,
            List<Group> expanded,
            List<String> noSendOnBehalf) {}

    CompletableFuture<Void> show(TurnContext turn, Texts texts, String actor, String mailboxId) {
        return show(turn, texts, actor, mailboxId, Optional.empty());
    }

    private CompletableFuture<Void> show(
            TurnContext turn, Texts texts, String actor, String mailboxId, Optional<String> error) {
        return administrator(actor).thenCompose(admin -> {
            if (!admin) {
                return refuse(turn, texts, actor, mailboxId, new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> screen(service, mailboxId))
                    .thenCompose(found -> found.isFailure()
                            ? refuse(turn, texts, actor, mailboxId, found.problem())
                            : ManageReplies.show(
                                    turn,
                                    AddMembersCard.render(
                                            texts,
                                            found.get().mailbox(),
                                            found.get().members(),
                                            found.get().people(),
                                            error)));
        });
    }

    CompletableFuture<Void> apply(TurnContext turn, Texts texts, String actor, UserInput input) {
        String mailboxId = input.input("mailbox");
        return administrator(actor).thenCompose(admin -> {
            if (!admin) {
                return refuse(turn, texts, actor, mailboxId, new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> plan(service, mailboxId, input)).thenCompose(planned -> {
                if (planned.isFailure()) {
                    return refuse(turn, texts, actor, mailboxId, planned.problem());
                }
                Plan plan = planned.get();
                if (plan.toGrant().isEmpty()
                        && plan.held().isEmpty()
                        && plan.noSendOnBehalf().isEmpty()) {
                    return show(turn, texts, actor, mailboxId, Optional.of(texts.get("manage.addMembers.nothing")));
                }
                if (plan.toGrant().isEmpty()) {
                    return overview.show(
                            turn,
                            texts,
                            actor,
                            mailboxId,
                            Optional.of(new Notice(String.join(" ", notes(texts, plan)), false)));
                }
                List<RightToGrant> rights =
                        plan.toGrant().stream().map(Wanted::right).toList();
                return calls.grantAll(actor, plan.mailbox().id(), rights, asked -> audited(plan, asked))
                        .thenCompose(granted -> overview.show(
                                turn, texts, actor, mailboxId, Optional.of(notice(texts, plan, granted))));
            });
        });
    }

    private CompletableFuture<Boolean> administrator(String actor) {
        return calls.isAdministrator(actor).thenApply(admin -> !admin.isFailure() && admin.get());
    }

    private CompletableFuture<Void> refuse(
            TurnContext turn, Texts texts, String actor, String mailboxId, MailboxException problem) {
        return ManageReplies.refuseRead(calls, turn, texts, actor, mailboxId, ACTION, problem);
    }

    private static Screen screen(MailboxService service, String mailboxId) {
        Mailbox box = MailboxScope.shared(service, mailboxId);
        List<AddMembersCard.Choice> people = service.people(LISTED).stream()
                .map(person -> new AddMembersCard.Choice(person.displayName(), person.id()))
                .toList();
        return new Screen(box, MemberRights.of(service.delegates(box.id())), people);
    }

    /**
     * The rights asked for, read against the mailbox as it is now: a right for a member ({@code add.<id>}) only
     * for someone who is a member, rights for new people only for people or groups the directory knows. A
     * mail-enabled security group gets Full Access and Send As itself, or its members the rights, as the card chose;
     * any other group its members, as Exchange gives it no rights.
     */
    private static Plan plan(MailboxService service, String mailboxId, UserInput input) {
        Mailbox box = MailboxScope.shared(service, mailboxId);
        List<PermissionGrant> holds = service.delegates(box.id());
        Map<String, MemberRights> members = new LinkedHashMap<>();
        MemberRights.of(holds).forEach(member -> members.put(member.trusteeId().toLowerCase(Locale.ROOT), member));
        List<Wanted> wanted = new ArrayList<>();
        List<String> noSendOnBehalf = new ArrayList<>();
        input.data().fieldNames().forEachRemaining(field -> {
            if (!field.startsWith("add.")) {
                return;
            }
            MemberRights member = members.get(field.substring(4).toLowerCase(Locale.ROOT));
            if (member == null) {
                return;
            }
            for (Right right : rights(input.input(field))) {
                if (member.group() && right == Right.SEND_ON_BEHALF) {
                    noSendOnBehalf.add(member.trusteeName());
                    continue;
                }
                wanted.add(new Wanted(
                        new RightToGrant(member.trusteeId(), right, right == Right.FULL_ACCESS && !member.group()),
                        member.trusteeName()));
            }
        });
        List<Right> forNewPeople = Arrays.stream(Right.values())
                .filter(right -> input.input(
                                switch (right) {
                                    case FULL_ACCESS -> "fullAccess";
                                    case SEND_AS -> "sendAs";
                                    case SEND_ON_BEHALF -> "sendOnBehalf";
                                })
                        .equals("true"))
                .toList();
        boolean autoMapping = input.input("autoMapping").equals("true");
        boolean groupsItself = !input.input("groups").equals("members");
        List<Group> expanded = new ArrayList<>();
        for (String id : input.input("people").split(",")) {
            if (id.isBlank()) {
                continue;
            }
            Optional<Principal> principal = People.picked(service, id)
                    .<Principal>map(p -> p)
                    .or(() -> service.group(id.strip()).map(g -> g));
            if (principal.isEmpty()) {
                // Nobody to give rights to: an id the directory does not know, or a shared mailbox's own account.
                throw new MailboxException.OutOfScope(
                        Problem.NOT_A_PERSON,
                        service.mailbox(id.strip()).map(Mailbox::displayName).orElse(id.strip()));
            }
            List<Principal> who = new ArrayList<>();
            if (principal.orElse(null) instanceof Group group) {
                if (group.kind() == Group.Kind.MAIL_ENABLED_SECURITY && groupsItself) {
                    forNewPeople.stream()
                            .filter(right -> right != Right.SEND_ON_BEHALF)
                            .forEach(right -> wanted.add(
                                    new Wanted(new RightToGrant(group.id(), right, false), group.displayName())));
                    if (forNewPeople.contains(Right.SEND_ON_BEHALF)) {
                        noSendOnBehalf.add(group.displayName());
                    }
                    continue;
                }
                if (group.kind() != Group.Kind.MAIL_ENABLED_SECURITY) {
                    expanded.add(group);
                }
                who.addAll(service.membersOf(group.id()));
            } else {
                principal.ifPresent(who::add);
            }
            who.forEach(person -> forNewPeople.forEach(right ->
                    wanted.add(new Wanted(new RightToGrant(person.id(), right, autoMapping), person.displayName()))));
        }
        List<Wanted> toGrant = new ArrayList<>();
        List<Wanted> held = new ArrayList<>();
        for (Wanted asked : wanted) {
            boolean alreadyHeld = holds.stream()
                    .anyMatch(grant ->
                            grant.trusteeId().equalsIgnoreCase(asked.right().trusteeId())
                                    && grant.right() == asked.right().right());
            boolean twice = toGrant.stream().anyMatch(earlier -> earlier.right().equals(asked.right()));
            if (alreadyHeld) {
                held.add(asked);
            } else if (!twice) {
                toGrant.add(asked);
            }
        }
        return new Plan(box, toGrant, held, expanded, noSendOnBehalf);
    }

    private static List<Right> rights(String chosen) {
        return Arrays.stream(chosen.split(","))
                .map(String::strip)
                .flatMap(name -> Arrays.stream(Right.values())
                        .filter(right -> right.name().equals(name)))
                .distinct()
                .toList();
    }

    /** As the wizard audits a grant: on the mailbox, with whom and what in the state after. */
    private static Audited audited(Plan plan, RightToGrant asked) {
        String name = plan.toGrant().stream()
                .filter(wanted -> wanted.right().equals(asked))
                .map(Wanted::name)
                .findFirst()
                .orElse(asked.trusteeId());
        return Audited.grant(
                AuditEntry.Target.mailbox(
                        plan.mailbox().id(),
                        plan.mailbox().displayName(),
                        plan.mailbox().primarySmtpAddress()),
                name,
                asked.right(),
                asked.autoMapping());
    }

    private static Notice notice(Texts texts, Plan plan, Attempt<List<GrantOutcome>> granted) {
        if (granted.isFailure()) {
            return new Notice(Message.of(granted.problem()).in(texts), true);
        }
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (GrantOutcome outcome : granted.get()) {
            String what = grant(texts, plan, outcome.asked());
            if (outcome instanceof GrantOutcome.Failed failure) {
                failed.add(what + " (" + Message.of(failure.failure()).in(texts) + ")");
            } else {
                done.add(what);
            }
        }
        List<String> lines = new ArrayList<>();
        if (!done.isEmpty()) {
            lines.add(texts.get("manage.addMembers.done", String.join("; ", done)));
        }
        lines.addAll(notes(texts, plan));
        if (!failed.isEmpty()) {
            lines.add(texts.get("manage.addMembers.failed", String.join("; ", failed)));
        }
        return new Notice(String.join(" ", lines), !failed.isEmpty());
    }

    /** What was asked but not granted as asked: held already, a group's members added instead, no Send on Behalf. */
    private static List<String> notes(Texts texts, Plan plan) {
        List<String> notes = new ArrayList<>();
        if (!plan.held().isEmpty()) {
            notes.add(heldText(texts, plan));
        }
        plan.expanded()
                .forEach(group -> notes.add(texts.get(
                        "manage.addMembers.expanded",
                        group.displayName(),
                        texts.get("group.kind." + group.kind().name()))));
        if (!plan.noSendOnBehalf().isEmpty()) {
            notes.add(texts.get("manage.addMembers.notForGroups", String.join(", ", plan.noSendOnBehalf())));
        }
        return notes;
    }

    private static String heldText(Texts texts, Plan plan) {
        return texts.get(
                "manage.addMembers.alreadySo",
                String.join(
                        "; ",
                        plan.held().stream()
                                .map(wanted -> texts.get(
                                        "manage.addMembers.grant",
                                        wanted.name(),
                                        texts.get("right." + wanted.right().right() + ".name")))
                                .toList()));
    }

    private static String grant(Texts texts, Plan plan, RightToGrant asked) {
        String name = plan.toGrant().stream()
                .filter(wanted -> wanted.right().equals(asked))
                .map(Wanted::name)
                .findFirst()
                .orElse(asked.trusteeId());
        return texts.get("manage.addMembers.grant", name, texts.get("right." + asked.right() + ".name"));
    }
}
