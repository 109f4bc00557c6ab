package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxPage;
import io.postkamer.mailbox.MailboxSearchText;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.ProvisioningState;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mailboxes read from Exchange: listed, paged, found by what was typed, looked up by id, address or
 * alias, with their provisioning state, size and account.
 */
final class MailboxReads {
    /** How long a read mailbox serves other reads: long enough for the reads of one answer, too short to mislead. */
    private static final Duration JUST_READ = Duration.ofSeconds(2);

    /** The properties a list shows; nothing that needs a call per mailbox. */
    private static final List<String> LISTED =
            List.of("ExternalDirectoryObjectId", "DisplayName", "Alias", "PrimarySmtpAddress");

    private final GraphClient graph;
    private final ExchangeAdminClient exchange;
    private final Resilience resilience;
    private final Directory directory;
    private final Recipients recipients;
    private final MailboxAccounts accounts;
    /** Mailboxes read a moment ago, by the identity they were read by; for reads only, dropped before any change. */
    private final Cache<String, Optional<ExchangeMailbox>> justRead;

    MailboxReads(
            GraphClient graph,
            ExchangeAdminClient exchange,
            Resilience resilience,
            Directory directory,
            Recipients recipients,
            MailboxAccounts accounts,
            Cache<String, Optional<ExchangeMailbox>> justRead) {
        this.graph = graph;
        this.exchange = exchange;
        this.resilience = resilience;
        this.directory = directory;
        this.recipients = recipients;
        this.accounts = accounts;
        this.justRead = justRead;
    }

    /** The cache of mailboxes just read, to be emptied around every change. */
    static Cache<String, Optional<ExchangeMailbox>> newJustRead() {
        return Caffeine.newBuilder()
                .maximumSize(1_000)
                .expireAfterWrite(JUST_READ)
                .build();
    }

    List<Mailbox> sharedMailboxes() {
        List<JsonNode> found = resilience.run(
                null,
                attempt -> exchange.invoke(Cmdlet.named("Get-Mailbox")
                        .with("RecipientTypeDetails", List.of("SharedMailbox"))
                        .with("ResultSize", "Unlimited")));
        return found.stream()
                .map(ExchangeMailbox::of)
                .map(this::complete)
                .sorted(Comparator.comparing(m -> PeopleSearch.fold(m.displayName())))
                .toList();
    }

    /** One call: a page of {@code Get-Mailbox -RecipientTypeDetails SharedMailbox}, by {@code @odata.nextLink}. */
    MailboxPage sharedMailboxes(int size, Optional<String> after) {
        ExchangeAdminClient.Page page = resilience.run(
                null,
                attempt -> exchange.page(
                        Cmdlet.named("Get-Mailbox")
                                .with("RecipientTypeDetails", List.of("SharedMailbox"))
                                .with("ResultSize", "Unlimited"),
                        size,
                        LISTED,
                        after.filter(link -> !link.isBlank())));
        return new MailboxPage(
                page.values().stream()
                        .map(MailboxReads::entry)
                        .sorted(Comparator.comparing(entry -> PeopleSearch.fold(entry.displayName())))
                        .toList(),
                page.next());
    }

    /** One call: {@code Get-Mailbox -Anr}, Exchange's own search on the start of names, aliases and addresses. */
    List<MailboxEntry> findSharedMailboxes(String text, int limit) {
        Optional<String> searched =
                MailboxSearchText.of(text, () -> directory.organisation().acceptedDomains());
        if (searched.isEmpty() || limit <= 0) {
            return List.of();
        }
        String anr = searched.get();
        ExchangeAdminClient.Page found = resilience.run(
                null,
                attempt -> exchange.page(
                        Cmdlet.named("Get-Mailbox")
                                .with("RecipientTypeDetails", List.of("SharedMailbox"))
                                .with("Anr", anr)
                                .with("ResultSize", String.valueOf(limit)),
                        limit,
                        LISTED,
                        Optional.empty()));
        return found.values().stream()
                .map(MailboxReads::entry)
                .sorted(Comparator.comparing(entry -> PeopleSearch.fold(entry.displayName())))
                .limit(limit)
                .toList();
    }

    private static MailboxEntry entry(JsonNode m) {
        return new MailboxEntry(
                m.path("ExternalDirectoryObjectId").asText(),
                m.path("DisplayName").asText(""),
                m.path("Alias").asText(""),
                m.path("PrimarySmtpAddress").asText("").toLowerCase(Locale.ROOT));
    }

    Optional<Mailbox> mailbox(String idOrAddress) {
        return readMailbox(idOrAddress).map(this::complete);
    }

    /**
     * A mailbox for a read: reads of one mailbox made within a moment of each other (an overview reads the mailbox
     * and its delegates side by side) share one {@code Get-Mailbox}. Changes never use this: they read afresh.
     */
    Optional<ExchangeMailbox> readMailbox(String idOrAddress) {
        if (!isMailboxIdentity(idOrAddress)) {
            return Optional.empty();
        }
        return justRead.get(idOrAddress.strip().toLowerCase(Locale.ROOT), identity -> find(identity));
    }

    boolean addressInUse(String address) {
        if (isBlank(address)) {
            return false;
        }
        String wanted = address.strip();
        return resilience.run(null, attempt -> recipients.existsNow(wanted) || graph.addressUsedInDirectory(wanted));
    }

    /** A mailbox read afresh, with retries. */
    Optional<ExchangeMailbox> find(String idOrAddress) {
        if (!isMailboxIdentity(idOrAddress)) {
            return Optional.empty();
        }
        return resilience.run(null, attempt -> lookUp(idOrAddress.strip()));
    }

    /**
     * What a mailbox is looked up by, as the contract has it: its object id, an address on one of the
     * organisation's accepted domains, or its alias. Anything else names no mailbox and is never sent
     * to Exchange, whose identity parameter would otherwise receive whatever a card's data carried.
     */
    private boolean isMailboxIdentity(String idOrAddress) {
        if (isBlank(idOrAddress)) {
            return false;
        }
        String identity = idOrAddress.strip();
        String folded = identity.toLowerCase(Locale.ROOT);
        if (Directory.isObjectId(identity) || Aliases.isValid(folded)) {
            return true;
        }
        int at = folded.lastIndexOf('@');
        return at > 0
                && Aliases.isValid(folded.substring(0, at))
                && directory.isAcceptedDomain(folded.substring(at + 1));
    }

    /** One Get-Mailbox, without retries: for use inside an attempt. */
    Optional<ExchangeMailbox> lookUp(String identity) {
        try {
            return exchange.invoke(Cmdlet.named("Get-Mailbox").with("Identity", identity)).stream()
                    .findFirst()
                    .map(ExchangeMailbox::of);
        } catch (MailboxException.NotFound e) {
            return Optional.empty();
        }
    }

    ExchangeMailbox require(String idOrAddress) {
        return find(idOrAddress)
                .orElseThrow(
                        () -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, String.valueOf(idOrAddress)));
    }

    /** Exchange cannot change permissions of a mailbox it is still provisioning. */
    ExchangeMailbox requireReady(String idOrAddress) {
        ExchangeMailbox m = require(idOrAddress);
        if (!isReady(m)) {
            throw new MailboxException.NotReady(m.primarySmtpAddress());
        }
        return m;
    }

    boolean isReady(ExchangeMailbox m) {
        return statistics(m).isPresent();
    }

    /** Get-MailboxStatistics; empty while the mailbox is being provisioned. */
    private Optional<JsonNode> statistics(ExchangeMailbox m) {
        return resilience.run(m.primarySmtpAddress(), attempt -> {
            try {
                return exchange
                        .invoke(Cmdlet.named("Get-MailboxStatistics").with("Identity", m.primarySmtpAddress()))
                        .stream()
                        .findFirst();
            } catch (MailboxException.NotReady | MailboxException.NotFound provisioning) {
                return Optional.empty();
            }
        });
    }

    /** The mailbox with its provisioning state, size and account. */
    Mailbox complete(ExchangeMailbox m) {
        Optional<JsonNode> statistics = statistics(m);
        MailboxStorage storage = new MailboxStorage(
                statistics.map(ExchangeMailbox::totalBytes).orElse(0L), m.archive(), m.litigationHold());
        return new Mailbox(
                m.id(),
                m.displayName(),
                m.alias(),
                m.primarySmtpAddress(),
                m.kind(),
                m.hidden(),
                statistics.isPresent() ? ProvisioningState.READY : ProvisioningState.PROVISIONING,
                accounts.read(m.id()),
                storage,
                m.sentItemsCopies());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
