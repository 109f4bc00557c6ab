package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.SentItemsCopies;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Changes to a mailbox itself, in Exchange: a shared mailbox created, a user's mailbox converted to
 * shared, a mailbox hidden from or shown in the address lists. Each reads first, so a change tried
 * again after a lost answer finds its own earlier effect.
 */
final class MailboxChanges {
    private final ExchangeAdminClient exchange;
    private final Resilience resilience;
    private final Directory directory;
    private final MailboxReads mailboxes;
    private final Consumer<String> madeShared;

    /**
     * @param madeShared told the account id of a mailbox made shared here (created, or converted from a user's), so
     *                   the people picker stops offering that account at once, before Graph can tell
     */
    MailboxChanges(
            ExchangeAdminClient exchange,
            Resilience resilience,
            Directory directory,
            MailboxReads mailboxes,
            Consumer<String> madeShared) {
        this.exchange = exchange;
        this.resilience = resilience;
        this.directory = directory;
        this.mailboxes = mailboxes;
        this.madeShared = madeShared;
    }

    Created createSharedMailbox(NewSharedMailbox request) {
        Organisation org = directory.organisation();
        if (org.hybrid()) {
            throw new MailboxException.InvalidInput(Problem.HYBRID_ORGANISATION, org.displayName());
        }
        String displayName = request.displayName().strip();
        if (!NewSharedMailbox.isValidDisplayName(displayName)) {
            throw new MailboxException.InvalidInput(Problem.DISPLAY_NAME_INVALID, request.displayName());
        }
        String alias = Aliases.requireValid(request.alias());
        String domain = request.domain().strip().toLowerCase(Locale.ROOT);
        if (org.acceptedDomains().stream().noneMatch(d -> d.name().equals(domain))) {
            throw new MailboxException.InvalidInput(Problem.DOMAIN_NOT_ACCEPTED, request.domain());
        }
        String address = alias + "@" + domain;
        if (mailboxes.addressInUse(address)) {
            // Taken, perhaps by this very mailbox from an earlier attempt whose answer was lost.
            Optional<ExchangeMailbox> existing = mailboxes.find(address).filter(m -> isSame(m, address, displayName));
            if (existing.isPresent()) {
                madeShared.accept(existing.get().id());
                return new Created(mailboxes.complete(existing.get()), Change.ALREADY_SO);
            }
            throw new MailboxException.AlreadyExists(Problem.ADDRESS_TAKEN, address);
        }
        Cmdlet newMailbox = Cmdlet.named("New-Mailbox")
                .with("Shared", true)
                .with("Name", alias)
                .with("DisplayName", displayName)
                .with("Alias", alias)
                .with("PrimarySmtpAddress", address);
        ExchangeMailbox created = resilience.run(address, attempt -> {
            if (attempt > 1) {
                // The earlier attempt may have created it before its answer was lost.
                Optional<ExchangeMailbox> earlier = mailboxes.lookUp(address);
                if (earlier.isPresent() && isSame(earlier.get(), address, displayName)) {
                    return earlier.get();
                }
            }
            try {
                return ExchangeMailbox.of(exchange.invoke(newMailbox).get(0));
            } catch (MailboxException.AlreadyExists taken) {
                return mailboxes
                        .lookUp(address)
                        .filter(m -> isSame(m, address, displayName))
                        .orElseThrow(() -> taken);
            }
        });
        madeShared.accept(created.id());
        return new Created(mailboxes.complete(created), Change.MADE);
    }

    Change convertToShared(String mailboxId) {
        ExchangeMailbox m = mailboxes.require(mailboxId);
        if (m.kind() == MailboxKind.SHARED) {
            throw new MailboxException.InvalidInput(Problem.ALREADY_SHARED, m.displayName());
        }
        Change converted = resilience.write(m.primarySmtpAddress(), sent -> {
            if (sent.get()
                    && mailboxes
                            .lookUp(m.primarySmtpAddress())
                            .map(x -> x.kind() == MailboxKind.SHARED)
                            .orElse(false)) {
                return Change.MADE;
            }
            sent.set(true);
            exchange.invoke(Cmdlet.named("Set-Mailbox")
                    .with("Identity", m.primarySmtpAddress())
                    .with("Type", "Shared"));
            return Change.MADE;
        });
        madeShared.accept(m.id());
        return converted;
    }

    Change setHiddenFromAddressLists(String mailboxId, boolean hidden) {
        ExchangeMailbox m = mailboxes.require(mailboxId);
        return resilience.write(m.primarySmtpAddress(), sent -> {
            boolean now = sent.get()
                    ? mailboxes
                            .lookUp(m.primarySmtpAddress())
                            .map(ExchangeMailbox::hidden)
                            .orElse(m.hidden())
                    : m.hidden();
            if (now == hidden) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            exchange.invoke(Cmdlet.named("Set-Mailbox")
                    .with("Identity", m.primarySmtpAddress())
                    .with("HiddenFromAddressListsEnabled", hidden));
            return Change.MADE;
        });
    }

    /** Set-Mailbox with both copies at once; read again after a lost answer, so a retry finds its own effect. */
    Change setSentItemsCopies(String mailboxId, SentItemsCopies copies) {
        ExchangeMailbox m = mailboxes.require(mailboxId);
        if (m.kind() != MailboxKind.SHARED) {
            throw new MailboxException.InvalidInput(Problem.NOT_A_SHARED_MAILBOX, m.displayName());
        }
        return resilience.write(m.primarySmtpAddress(), sent -> {
            SentItemsCopies now = sent.get()
                    ? mailboxes
                            .lookUp(m.primarySmtpAddress())
                            .map(ExchangeMailbox::sentItemsCopies)
                            .orElse(m.sentItemsCopies())
                    : m.sentItemsCopies();
            if (now.equals(copies)) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            exchange.invoke(Cmdlet.named("Set-Mailbox")
                    .with("Identity", m.primarySmtpAddress())
                    .with("MessageCopyForSentAsEnabled", copies.sentAs())
                    .with("MessageCopyForSendOnBehalfEnabled", copies.sentOnBehalf()));
            return Change.MADE;
        });
    }

    private static boolean isSame(ExchangeMailbox m, String address, String displayName) {
        return m.kind() == MailboxKind.SHARED
                && m.primarySmtpAddress().equalsIgnoreCase(address)
                && m.displayName().equals(displayName);
    }
}
