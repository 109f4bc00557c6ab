package io.postkamer.dialogs.health;

import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SharedMailboxFacts;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A mailbox's facts as a fix that succeeded (made, or already so) leaves them: the report after a fix shows the
 * finding gone without reading the tenant again.
 */
final class FactsAfterFix {
    private FactsAfterFix() {}

    static UnaryOperator<SharedMailboxFacts> signInBlocked() {
        return facts -> account(
                facts,
                new MailboxAccount(
                        facts.mailbox().account().userId(),
                        true,
                        facts.mailbox().account().licences()));
    }

    static UnaryOperator<SharedMailboxFacts> withoutLicence(String skuId) {
        return facts -> {
            MailboxAccount account = facts.mailbox().account();
            List<Licence> kept = account.licences().stream()
                    .filter(licence -> !licence.skuId().equalsIgnoreCase(skuId))
                    .toList();
            return account(facts, new MailboxAccount(account.userId(), account.signInBlocked(), kept));
        };
    }

    static UnaryOperator<SharedMailboxFacts> withoutPermission(String trusteeId, Right right) {
        return facts -> new SharedMailboxFacts(
                facts.mailbox(),
                facts.permissions().stream()
                        .filter(held -> !(held.isHeldBy(trusteeId) && held.right() == right))
                        .toList());
    }

    static UnaryOperator<SharedMailboxFacts> shown() {
        return facts -> {
            Mailbox m = facts.mailbox();
            return new SharedMailboxFacts(
                    new Mailbox(
                            m.id(),
                            m.displayName(),
                            m.alias(),
                            m.primarySmtpAddress(),
                            m.kind(),
                            false,
                            m.state(),
                            m.account(),
                            m.storage()),
                    facts.permissions());
        };
    }

    private static SharedMailboxFacts account(SharedMailboxFacts facts, MailboxAccount account) {
        Mailbox m = facts.mailbox();
        return new SharedMailboxFacts(
                new Mailbox(
                        m.id(),
                        m.displayName(),
                        m.alias(),
                        m.primarySmtpAddress(),
                        m.kind(),
                        m.hiddenFromAddressLists(),
                        m.state(),
                        account,
                        m.storage()),
                facts.permissions());
    }
}
