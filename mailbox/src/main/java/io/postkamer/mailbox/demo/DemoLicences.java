package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.util.function.Consumer;

/** A shared mailbox's licence taken away, as Exchange and Entra ID allow it. */
final class DemoLicences {
    private DemoLicences() {}

    static Change remove(TenantState s, String mailboxId, String skuId, Consumer<String> log) {
        MailboxState m = s.requireMailbox(mailboxId);
        String wanted = skuId == null || skuId.isBlank() ? "" : TenantState.key(skuId);
        Licence licence = s.licencesOf(m).stream()
                .filter(l -> TenantState.key(l.skuId()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new MailboxException.NotFound(Problem.LICENCE_NOT_ASSIGNED, String.valueOf(skuId)));
        if (licence.assignedByGroup()) {
            throw new MailboxException.InvalidInput(Problem.LICENCE_ASSIGNED_BY_GROUP, licence.skuPartNumber());
        }
        // A user mailbox without its licence is disabled after 30 days: only a shared one may lose it.
        if (m.kind == MailboxKind.USER || m.storage.needsLicence()) {
            throw new MailboxException.InvalidInput(Problem.LICENCE_STILL_NEEDED, m.displayName);
        }
        m.directLicenceSkuIds.remove(wanted);
        log.accept("remove licence " + m.alias + " " + licence.skuPartNumber());
        return Change.MADE;
    }
}
