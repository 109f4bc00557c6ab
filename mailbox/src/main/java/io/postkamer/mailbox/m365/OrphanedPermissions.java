package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import java.util.List;
import java.util.Objects;

/**
 * Rights that deleted accounts still hold, taken away by the security identifier Exchange shows for them: no
 * directory object is left to name the trustee by. Read first, so that what is not held changes nothing and a
 * retried removal never lands twice.
 */
final class OrphanedPermissions {
    private final ExchangeAdminClient exchange;
    private final Resilience resilience;
    private final MailboxReads mailboxes;

    OrphanedPermissions(ExchangeAdminClient exchange, Resilience resilience, MailboxReads mailboxes) {
        this.exchange = exchange;
        this.resilience = resilience;
        this.mailboxes = mailboxes;
    }

    Change revoke(String mailboxId, String sid, Right right) {
        Objects.requireNonNull(right, "right");
        ExchangeMailbox m = mailboxes.requireReady(mailboxId);
        String trustee = sid.strip();
        return resilience.write(m.primarySmtpAddress(), sent -> {
            if (!holds(m, trustee, right)) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            try {
                exchange.invoke(removal(m, trustee, right));
            } catch (MailboxException.Throttled refused) {
                sent.set(false);
                throw refused;
            }
            return Change.MADE;
        });
    }

    private boolean holds(ExchangeMailbox m, String sid, Right right) {
        String address = m.primarySmtpAddress();
        List<String> holders = switch (right) {
            case FULL_ACCESS ->
                PermissionEntries.fullAccess(
                        exchange.invoke(Cmdlet.named("Get-MailboxPermission").with("Identity", address)));
            case SEND_AS ->
                PermissionEntries.sendAs(exchange.invoke(Cmdlet.named("Get-RecipientPermission")
                        .with("Identity", address)
                        .with("AccessRights", List.of("SendAs"))));
            case SEND_ON_BEHALF ->
                mailboxes
                        .lookUp(address)
                        .orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, address))
                        .sendOnBehalf();
        };
        return holders.stream().anyMatch(sid::equalsIgnoreCase);
    }

    private static Cmdlet removal(ExchangeMailbox m, String sid, Right right) {
        String address = m.primarySmtpAddress();
        return switch (right) {
            case FULL_ACCESS ->
                Cmdlet.named("Remove-MailboxPermission")
                        .with("Identity", address)
                        .with("User", sid)
                        .with("AccessRights", List.of("FullAccess"))
                        .with("InheritanceType", "All")
                        .with("Confirm", false);
            case SEND_AS ->
                Cmdlet.named("Remove-RecipientPermission")
                        .with("Identity", address)
                        .with("Trustee", sid)
                        .with("AccessRights", List.of("SendAs"))
                        .with("Confirm", false);
            case SEND_ON_BEHALF ->
                Cmdlet.named("Set-Mailbox")
                        .with("Identity", address)
                        .withChange("GrantSendOnBehalfTo", "Remove", List.of(sid));
        };
    }
}
