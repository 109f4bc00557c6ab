package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Who may use a mailbox, in Exchange: its delegates read (Full Access, Send As, Send on Behalf), rights granted one
 * by one or many at once, and revoked. Every write reads first, so asking for what is already so changes nothing, and
 * a retried write never lands twice. Automapping is known only where the bot set it ({@link AutoMappingRecords}).
 */
final class MailboxPermissions {
    private static final Comparator<PermissionGrant> GRANT_ORDER = Comparator.comparing(
                    (PermissionGrant g) -> PeopleSearch.fold(g.trusteeName()))
            .thenComparing(PermissionGrant::trusteeId)
            .thenComparing(PermissionGrant::right);

    private final ExchangeAdminClient exchange;
    private final Resilience resilience;
    private final Recipients recipients;
    private final Directory directory;
    private final MailboxReads mailboxes;
    private final int perMailboxConcurrency;
    private final AutoMappingRecords autoMappings;

    MailboxPermissions(
            ExchangeAdminClient exchange,
            Resilience resilience,
            Recipients recipients,
            Directory directory,
            MailboxReads mailboxes,
            int perMailboxConcurrency,
            AutoMappingRecords autoMappings) {
        this.exchange = exchange;
        this.resilience = resilience;
        this.recipients = recipients;
        this.directory = directory;
        this.mailboxes = mailboxes;
        this.perMailboxConcurrency = perMailboxConcurrency;
        this.autoMappings = autoMappings;
    }

    List<PermissionGrant> delegates(String mailboxId) {
        ExchangeMailbox m = mailboxes
                .readMailbox(mailboxId)
                .orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, String.valueOf(mailboxId)));
        return resilience.run(m.primarySmtpAddress(), attempt -> {
            List<PermissionGrant> grants = new ArrayList<>();
            grants.addAll(fullAccess(m, null));
            grants.addAll(sendAs(m, null));
            grants.addAll(sendOnBehalf(m));
            return grants.stream().sorted(GRANT_ORDER).toList();
        });
    }

    Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping) {
        Objects.requireNonNull(right, "right");
        ExchangeMailbox m = mailboxes.requireReady(mailboxId);
        Principal trustee = directory.trustee(trusteeId);
        return grantOn(m, trustee, right, autoMapping, () -> held(m, trustee, exchangeIdentity(trustee), right));
    }

    List<GrantOutcome> grantAll(String mailboxId, List<RightToGrant> rights, Consumer<GrantOutcome> settled) {
        return new GrantBatch(new BatchTenant(), perMailboxConcurrency).run(mailboxId, rights, settled);
    }

    /** What a batch of grants reads and writes, the same way a single grant does. */
    private final class BatchTenant implements GrantBatch.Tenant {
        @Override
        public ExchangeMailbox mailbox(String idOrAddress) {
            return mailboxes.require(idOrAddress);
        }

        @Override
        public boolean isReady(ExchangeMailbox m) {
            return mailboxes.isReady(m);
        }

        @Override
        public List<PermissionGrant> held(ExchangeMailbox m, Right kind) {
            return MailboxPermissions.this.held(m, kind);
        }

        @Override
        public Principal trustee(String id) {
            return directory.trustee(id);
        }

        @Override
        public Change grant(
                ExchangeMailbox m,
                Principal trustee,
                Right right,
                boolean autoMapping,
                Optional<PermissionGrant> held) {
            return grantOn(m, trustee, right, autoMapping, () -> held);
        }

        @Override
        public void addSendOnBehalf(ExchangeMailbox m, List<Principal> trustees) {
            MailboxPermissions.this.addSendOnBehalf(m, trustees);
        }
    }

    /** Exchange records automapping on the member's own mailbox: through a group it never happens. */
    static boolean mapping(Principal trustee, Right right, boolean autoMapping) {
        return right == Right.FULL_ACCESS && autoMapping && trustee instanceof Person;
    }

    /**
     * One grant; {@code firstRead} says what is held before anything is sent. After a failure that
     * may have hidden a success the tenant is read again, so a retried write never lands twice; after
     * a 429 it need not be, as Exchange refused the call without acting on it.
     */
    private Change grantOn(
            ExchangeMailbox m,
            Principal trustee,
            Right right,
            boolean autoMapping,
            Supplier<Optional<PermissionGrant>> firstRead) {
        String identity = exchangeIdentity(trustee);
        boolean mapping = mapping(trustee, right, autoMapping);
        return resilience.write(m.primarySmtpAddress(), sent -> {
            Optional<PermissionGrant> held = sent.get() ? held(m, trustee, identity, right) : firstRead.get();
            // A right already held is left as it is, automapping too: switching it is a removal and a new grant.
            if (held.isPresent()) {
                if (sent.get()) {
                    remember(m, trustee, right, mapping);
                }
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            try {
                switch (right) {
                    case FULL_ACCESS -> {
                        sent.set(true);
                        exchange.invoke(Cmdlet.named("Add-MailboxPermission")
                                .with("Identity", m.primarySmtpAddress())
                                .with("User", identity)
                                .with("AccessRights", List.of("FullAccess"))
                                .with("InheritanceType", "All")
                                .with("AutoMapping", mapping));
                    }
                    case SEND_AS -> {
                        sent.set(true);
                        exchange.invoke(Cmdlet.named("Add-RecipientPermission")
                                .with("Identity", m.primarySmtpAddress())
                                .with("Trustee", identity)
                                .with("AccessRights", List.of("SendAs"))
                                .with("Confirm", false));
                    }
                    case SEND_ON_BEHALF -> {
                        sent.set(true);
                        exchange.invoke(Cmdlet.named("Set-Mailbox")
                                .with("Identity", m.primarySmtpAddress())
                                .withChange("GrantSendOnBehalfTo", "Add", List.of(identity)));
                    }
                }
            } catch (MailboxException.Throttled refused) {
                sent.set(false);
                throw refused;
            }
            remember(m, trustee, right, mapping);
            return Change.MADE;
        });
    }

    /** What the bot itself set, kept so that it can be said later: Exchange does not tell. */
    private void remember(ExchangeMailbox m, Principal trustee, Right right, boolean mapping) {
        if (right == Right.FULL_ACCESS) {
            autoMappings.record(m.id(), trustee.id(), mapping);
        }
    }

    /** Send on Behalf for many trustees in one Set-Mailbox; tried again, it adds only who is still missing. */
    private void addSendOnBehalf(ExchangeMailbox m, List<Principal> trustees) {
        resilience.write(m.primarySmtpAddress(), sent -> {
            List<Principal> missing = trustees;
            if (sent.get()) {
                Set<String> holders = sendOnBehalf(
                                mailboxes.lookUp(m.primarySmtpAddress()).orElse(m))
                        .stream()
                        .map(g -> g.trusteeId().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
                missing = trustees.stream()
                        .filter(t -> !holders.contains(t.id().toLowerCase(Locale.ROOT)))
                        .toList();
            }
            if (missing.isEmpty()) {
                return Change.MADE;
            }
            sent.set(true);
            try {
                exchange.invoke(Cmdlet.named("Set-Mailbox")
                        .with("Identity", m.primarySmtpAddress())
                        .withChange(
                                "GrantSendOnBehalfTo",
                                "Add",
                                missing.stream()
                                        .map(MailboxPermissions::exchangeIdentity)
                                        .distinct()
                                        .toList()));
            } catch (MailboxException.Throttled refused) {
                sent.set(false);
                throw refused;
            }
            return Change.MADE;
        });
    }

    Change revoke(String mailboxId, String trusteeId, Right right) {
        Objects.requireNonNull(right, "right");
        ExchangeMailbox m = mailboxes.requireReady(mailboxId);
        Principal trustee = directory.trustee(trusteeId);
        String identity = exchangeIdentity(trustee);
        return resilience.write(m.primarySmtpAddress(), sent -> {
            if (held(m, trustee, identity, right).isEmpty()) {
                if (right == Right.FULL_ACCESS) {
                    autoMappings.forget(m.id(), trustee.id());
                }
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            switch (right) {
                case FULL_ACCESS -> {
                    exchange.invoke(removeFullAccess(m, identity));
                    autoMappings.forget(m.id(), trustee.id());
                }
                case SEND_AS ->
                    exchange.invoke(Cmdlet.named("Remove-RecipientPermission")
                            .with("Identity", m.primarySmtpAddress())
                            .with("Trustee", identity)
                            .with("AccessRights", List.of("SendAs"))
                            .with("Confirm", false));
                case SEND_ON_BEHALF ->
                    exchange.invoke(Cmdlet.named("Set-Mailbox")
                            .with("Identity", m.primarySmtpAddress())
                            .withChange("GrantSendOnBehalfTo", "Remove", List.of(identity)));
            }
            return Change.MADE;
        });
    }

    /** The grants of one kind the mailbox holds, read on its own so that the kinds can be read side by side. */
    private List<PermissionGrant> held(ExchangeMailbox m, Right kind) {
        return resilience.run(m.primarySmtpAddress(), attempt -> switch (kind) {
            case FULL_ACCESS -> fullAccess(m, null);
            case SEND_AS -> sendAs(m, null);
            case SEND_ON_BEHALF -> sendOnBehalf(m);
        });
    }

    private Optional<PermissionGrant> held(ExchangeMailbox m, Principal trustee, String identity, Right right) {
        List<PermissionGrant> grants = switch (right) {
            case FULL_ACCESS -> fullAccess(m, identity);
            case SEND_AS -> sendAs(m, identity);
            case SEND_ON_BEHALF ->
                mailboxes.lookUp(m.primarySmtpAddress()).map(this::sendOnBehalf).orElse(List.of());
        };
        return grants.stream()
                .filter(g -> g.trusteeId().equalsIgnoreCase(trustee.id()))
                .findFirst();
    }

    /**
     * Full Access grants, with the automapping the bot set where it set it. Read in full, a member who no longer
     * holds Full Access is forgotten, so a grant made again elsewhere is not taken for the bot's.
     */
    private List<PermissionGrant> fullAccess(ExchangeMailbox m, String user) {
        Cmdlet get = Cmdlet.named("Get-MailboxPermission").with("Identity", m.primarySmtpAddress());
        if (user != null) {
            get.with("User", user);
        }
        List<String> users = exchange.invoke(get).stream()
                .filter(entry -> !entry.path("IsInherited").asBoolean(false)
                        && !entry.path("Deny").asBoolean(false)
                        && contains(entry.path("AccessRights"), "FullAccess")
                        && !isSystem(entry.path("User").asText()))
                .map(entry -> entry.path("User").asText())
                .toList();
        Map<String, Recipients.Recipient> named = recipients.all(users);
        List<PermissionGrant> grants = users.stream()
                .map(named::get)
                .map(r -> new PermissionGrant(
                        r.id(), r.displayName(), Right.FULL_ACCESS, autoMappings.known(m.id(), r.id()), r.group()))
                .toList();
        if (user == null) {
            Set<String> holders = grants.stream()
                    .map(grant -> grant.trusteeId().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            autoMappings.ofMailbox(m.id()).keySet().stream()
                    .filter(member -> !holders.contains(member))
                    .forEach(member -> autoMappings.forget(m.id(), member));
        }
        return grants;
    }

    private List<PermissionGrant> sendAs(ExchangeMailbox m, String trustee) {
        Cmdlet get = Cmdlet.named("Get-RecipientPermission")
                .with("Identity", m.primarySmtpAddress())
                .with("AccessRights", List.of("SendAs"));
        if (trustee != null) {
            get.with("Trustee", trustee);
        }
        List<String> trustees = exchange.invoke(get).stream()
                .filter(entry -> !entry.path("IsInherited").asBoolean(false)
                        && "Allow"
                                .equalsIgnoreCase(
                                        entry.path("AccessControlType").asText("Allow"))
                        && contains(entry.path("AccessRights"), "SendAs")
                        && !isSystem(entry.path("Trustee").asText()))
                .map(entry -> entry.path("Trustee").asText())
                .toList();
        return named(trustees, Right.SEND_AS);
    }

    private List<PermissionGrant> sendOnBehalf(ExchangeMailbox m) {
        return named(m.sendOnBehalf(), Right.SEND_ON_BEHALF);
    }

    private List<PermissionGrant> named(List<String> trustees, Right right) {
        Map<String, Recipients.Recipient> named = recipients.all(trustees);
        return trustees.stream()
                .map(named::get)
                .map(r -> new PermissionGrant(r.id(), r.displayName(), right, AutoMapping.OFF, r.group()))
                .toList();
    }

    private static Cmdlet removeFullAccess(ExchangeMailbox m, String identity) {
        return Cmdlet.named("Remove-MailboxPermission")
                .with("Identity", m.primarySmtpAddress())
                .with("User", identity)
                .with("AccessRights", List.of("FullAccess"))
                .with("InheritanceType", "All")
                .with("Confirm", false);
    }

    /** How the trustee is named to Exchange: a person by UPN, a group by its address. */
    private static String exchangeIdentity(Principal trustee) {
        if (trustee instanceof Person p) {
            return p.userPrincipalName();
        }
        Group g = (Group) trustee;
        return g.mail().isBlank() ? g.id() : g.mail();
    }

    private static boolean contains(JsonNode rights, String right) {
        if (rights.isTextual()) {
            return rights.asText().contains(right);
        }
        for (JsonNode r : rights) {
            if (r.asText().contains(right)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSystem(String identity) {
        return identity.startsWith("NT AUTHORITY\\") || identity.startsWith("S-1-5-");
    }
}
