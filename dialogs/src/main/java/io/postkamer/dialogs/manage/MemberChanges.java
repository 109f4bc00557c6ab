package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.manage.MailboxOverviewCard.Notice;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A member's rights on a shared mailbox, changed from its overview: one right taken away, all of them, or
 * automapping switched. The member and the right are read from Exchange, never from the card.
 */
final class MemberChanges {
    private final MailboxCalls calls;
    private final OverviewScreen overview;
    private final Confirmations confirmations;

    MemberChanges(MailboxCalls calls, OverviewScreen overview, Confirmations confirmations) {
        this.calls = calls;
        this.overview = overview;
        this.confirmations = confirmations;
    }

    /**
     * One right of one member; a right that does not exist, or that the member does not hold, is refused. Asked
     * first, unless the press is the question's own Confirm.
     */
    CompletableFuture<Void> revokeOne(
            TurnContext turn, Texts texts, String actor, String mailboxId, String memberId, UserInput input) {
        Optional<Right> right = java.util.Arrays.stream(Right.values())
                .filter(candidate -> candidate.name().equals(input.input("right")))
                .findFirst();
        if (right.isEmpty()) {
            return overview.show(
                    turn,
                    texts,
                    actor,
                    mailboxId,
                    Optional.of(new Notice(texts.get("manage.unknownRight", input.input("right")), true)));
        }
        String rightName = texts.get("right." + right.get() + ".name");
        String action = "revoke " + right.get();
        Audited pressed = Audited.of(mailboxId, action, memberId + " " + right.get(), "");
        Supplier<CompletableFuture<Void>> revoke =
                () -> revokeOne(turn, texts, actor, mailboxId, memberId, input, right.get(), rightName, pressed);
        return Confirmations.confirmed(input)
                ? revoke.get()
                : confirmations.revokeOne(turn, texts, actor, input, pressed, right.get(), revoke);
    }

    private CompletableFuture<Void> revokeOne(
            TurnContext turn,
            Texts texts,
            String actor,
            String mailboxId,
            String memberId,
            UserInput input,
            Right right,
            String rightName,
            Audited pressed) {
        String action = pressed.action();
        return calls.checkedChange(actor, pressed, service -> {
                    Mailbox box = MailboxScope.shared(service, mailboxId);
                    PermissionGrant held = MailboxScope.held(service, box, memberId, right);
                    return new MailboxCalls.Checked<>(
                            Audited.on(MailboxScope.member(box, held), action, held.trusteeName() + " " + right, ""),
                            () -> {
                                service.revoke(box.id(), held.trusteeId(), right);
                                return held.trusteeName();
                            });
                })
                .thenCompose(result -> overview.afterChange(
                        turn,
                        texts,
                        actor,
                        input,
                        mailboxId,
                        result,
                        (name, box) -> texts.get("manage.done.revokedOne", name, rightName)));
    }

    /** Every right the member holds, taken away one by one, once asked; someone who holds none is refused. */
    CompletableFuture<Void> revokeAll(
            TurnContext turn, Texts texts, String actor, String mailboxId, String memberId, UserInput input) {
        Audited pressed = Audited.of(mailboxId, "remove all rights", memberId, "");
        Supplier<CompletableFuture<Void>> revoke =
                () -> revokeAll(turn, texts, actor, mailboxId, memberId, input, pressed);
        return Confirmations.confirmed(input)
                ? revoke.get()
                : confirmations.revokeAll(turn, texts, actor, input, pressed, revoke);
    }

    private CompletableFuture<Void> revokeAll(
            TurnContext turn,
            Texts texts,
            String actor,
            String mailboxId,
            String memberId,
            UserInput input,
            Audited pressed) {
        return calls.checkedChange(actor, pressed, service -> {
                    Mailbox box = MailboxScope.shared(service, mailboxId);
                    List<PermissionGrant> held = MailboxScope.member(service, box, memberId);
                    String name = held.get(0).trusteeName();
                    return new MailboxCalls.Checked<>(
                            Audited.on(
                                    MailboxScope.member(box, held.get(0)),
                                    "remove all rights",
                                    name + " "
                                            + held.stream()
                                                    .map(grant -> grant.right().name())
                                                    .toList(),
                                    ""),
                            () -> {
                                held.forEach(grant -> service.revoke(box.id(), grant.trusteeId(), grant.right()));
                                return name;
                            });
                })
                .thenCompose(result -> overview.afterChange(
                        turn,
                        texts,
                        actor,
                        input,
                        mailboxId,
                        result,
                        (name, box) -> texts.get("manage.done.revoked", name)));
    }

    /**
     * Exchange cannot change automapping on a grant: Full Access is removed and given again with the
     * other setting. Only a member who holds Full Access; pressed twice, the second press changes nothing. Where it
     * is not known (a grant made outside the bot), either press gives Full Access again with the setting chosen.
     */
    CompletableFuture<Void> switchAutomapping(
            TurnContext turn, Texts texts, String actor, String mailboxId, String memberId, UserInput input) {
        boolean on = input.data().path("autoMapping").asBoolean();
        return calls.checkedChange(actor, Audited.of(mailboxId, "switch automapping", memberId, ""), service -> {
                    Mailbox box = MailboxScope.shared(service, mailboxId);
                    Optional<PermissionGrant> fullAccess = halfSwitched(box, memberId)
                            ? MailboxScope.holding(service, box, memberId, Right.FULL_ACCESS)
                            : Optional.of(MailboxScope.held(service, box, memberId, Right.FULL_ACCESS));
                    String name = fullAccess
                            .map(PermissionGrant::trusteeName)
                            .orElseGet(() -> calls.names().nameOf(memberId));
                    if (fullAccess.map(PermissionGrant::group).orElse(false)
                            || service.group(memberId).isPresent()) {
                        throw new MailboxException.OutOfScope(Problem.NO_AUTOMAPPING_FOR_GROUPS, name);
                    }
                    AutoMapping was =
                            fullAccess.map(PermissionGrant::autoMapping).orElse(AutoMapping.of(!on));
                    return new MailboxCalls.Checked<>(
                            Audited.on(
                                    new AuditEntry.Target(memberId, name, box.primarySmtpAddress()),
                                    "switch automapping",
                                    name + " automapping " + (was.isKnown() ? was.isOn() : "unknown"),
                                    name + " automapping " + on),
                            () -> {
                                // Not known is not the same: the grant is made again, so that it is known from now on.
                                if (fullAccess.isEmpty() || was != AutoMapping.of(on)) {
                                    fullAccess.ifPresent(
                                            held -> service.revoke(box.id(), held.trusteeId(), Right.FULL_ACCESS));
                                    service.grant(box.id(), memberId, Right.FULL_ACCESS, on);
                                }
                                return name;
                            });
                })
                .thenCompose(result -> overview.afterChange(
                        turn,
                        texts,
                        actor,
                        input,
                        mailboxId,
                        result,
                        (name, box) -> texts.get(
                                "manage.done.automapping",
                                name,
                                texts.get(on ? "manage.automapping.on" : "manage.automapping.off"))));
    }

    /**
     * Whether the member's last automapping switch on this mailbox failed half way: Full Access was taken
     * away and could not be given back. Pressing it again then gives it back; the audit says so, not the card.
     */
    private boolean halfSwitched(Mailbox box, String memberId) {
        return calls.audit().ofMailbox(box.primarySmtpAddress(), 50).stream()
                .filter(entry -> entry.target().id().equalsIgnoreCase(memberId))
                .filter(entry -> entry.action().equals("switch automapping")
                        || entry.action().contains("FULL_ACCESS")
                        || entry.action().equals("remove all rights"))
                .findFirst()
                .map(last -> last.action().equals("switch automapping") && last.outcome() == AuditEntry.Outcome.FAILED)
                .orElse(false);
    }
}
