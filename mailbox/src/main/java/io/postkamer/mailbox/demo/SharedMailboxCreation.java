package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A new shared mailbox in the demo tenant, refused as Exchange refuses it (a hybrid organisation, a name or
 * alias it does not take, a domain that is not accepted, an address in use) before anything changes. The same
 * request sent again finds the mailbox it made, as a retry after a lost answer would.
 */
final class SharedMailboxCreation {
    private SharedMailboxCreation() {}

    static Created create(
            TenantState s,
            NewSharedMailbox request,
            Instant readyAt,
            Function<MailboxState, Mailbox> view,
            Consumer<String> log) {
        if (s.organisation.hybrid()) {
            throw new MailboxException.InvalidInput(Problem.HYBRID_ORGANISATION, s.organisation.displayName());
        }
        String displayName = request.displayName().strip();
        if (!NewSharedMailbox.isValidDisplayName(displayName)) {
            throw new MailboxException.InvalidInput(Problem.DISPLAY_NAME_INVALID, request.displayName());
        }
        String alias = Aliases.requireValid(request.alias());
        String domain = request.domain().strip().toLowerCase(Locale.ROOT);
        if (s.organisation.acceptedDomains().stream().noneMatch(d -> d.name().equals(domain))) {
            throw new MailboxException.InvalidInput(Problem.DOMAIN_NOT_ACCEPTED, request.domain());
        }
        String address = alias + "@" + domain;
        Optional<MailboxState> earlier = s.mailboxes.values().stream()
                .filter(m -> m.kind == MailboxKind.SHARED
                        && m.primarySmtpAddress.equals(address)
                        && m.displayName.equals(displayName))
                .findFirst();
        if (earlier.isPresent()) {
            return new Created(view.apply(earlier.get()), Change.ALREADY_SO);
        }
        if (s.addressInUse(address)) {
            throw new MailboxException.AlreadyExists(Problem.ADDRESS_TAKEN, address);
        }
        MailboxState created = new MailboxState(
                UUID.randomUUID().toString(),
                displayName,
                alias,
                address,
                List.of(),
                MailboxKind.SHARED,
                false,
                readyAt,
                false,
                Set.of(),
                new MailboxStorage(0, false, false));
        s.mailboxes.put(created.id, created);
        log.accept("create " + address + " \"" + displayName + "\"");
        return new Created(view.apply(created), Change.MADE);
    }
}
