package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TenantHealthFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The facts of a health report, read from Exchange and Graph in bulk: the shared mailboxes a page of a thousand at a
 * time; per mailbox its size, Full Access and Send As, a few mailboxes at once; then every account and trustee in
 * Graph batches ({@link DirectoryBatches}, {@link Trustees}), and the licences' part numbers in one call.
 */
final class SharedMailboxScan {
    /**
     * Mailboxes read at once: enough to keep the tenant's Exchange budget busy at a tenth of a second a call, few
     * enough to leave people's own calls a place in it.
     */
    static final int AT_ONCE = 8;
    /** Shared mailboxes a page of the list: the most Exchange's admin API gives at once. */
    static final int PAGE = 1_000;

    private static final List<String> LISTED = List.of(
            "ExternalDirectoryObjectId",
            "DisplayName",
            "Alias",
            "PrimarySmtpAddress",
            "RecipientTypeDetails",
            "HiddenFromAddressListsEnabled",
            "GrantSendOnBehalfTo",
            "ArchiveStatus",
            "ArchiveGuid",
            "LitigationHoldEnabled",
            "MessageCopyForSentAsEnabled",
            "MessageCopyForSendOnBehalfEnabled");
    private static final String ACCOUNT = "id,accountEnabled,licenseAssignmentStates";

    /** What Exchange says of one mailbox: its size (empty while it is provisioned) and who holds what. */
    private record Read(ExchangeMailbox mailbox, Optional<Long> bytes, List<String> fullAccess, List<String> sendAs) {}

    private final ExchangeAdminClient exchange;
    private final GraphClient graph;
    private final Resilience resilience;
    private final MailboxReads mailboxes;
    private final DirectoryBatches directory;
    private final Trustees trustees;
    private final ExecutorService reads;

    SharedMailboxScan(
            ExchangeAdminClient exchange,
            GraphClient graph,
            Resilience resilience,
            MailboxReads mailboxes,
            Recipients recipients) {
        this.exchange = exchange;
        this.graph = graph;
        this.resilience = resilience;
        this.mailboxes = mailboxes;
        this.directory = new DirectoryBatches(graph, resilience);
        this.trustees = new Trustees(directory, recipients);
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(AT_ONCE, AT_ONCE, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "postkamer-health-reads");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.reads = pool;
    }

    TenantHealthFacts read(HealthScan scan) {
        List<ExchangeMailbox> found = scan.mailbox()
                .map(one -> mailboxes.find(one).filter(m -> m.kind() == MailboxKind.SHARED).stream()
                        .toList())
                .orElseGet(this::sharedMailboxes);
        scan.progress().read(0, found.size());
        AtomicInteger done = new AtomicInteger();
        List<Future<Read>> asked = found.stream()
                .map(m -> reads.submit(() -> {
                    try {
                        return read(m);
                    } finally {
                        scan.progress().read(done.incrementAndGet(), found.size());
                    }
                }))
                .toList();
        List<Read> read = new ArrayList<>();
        List<MailboxEntry> unread = new ArrayList<>();
        MailboxException firstFailure = null;
        for (int i = 0; i < asked.size(); i++) {
            try {
                read.add(Awaited.value(asked.get(i)));
            } catch (MailboxException.NotFound gone) {
                // Removed since it was listed: nothing to report on.
            } catch (MailboxException failed) {
                unread.add(entry(found.get(i)));
                firstFailure = firstFailure == null ? failed : firstFailure;
            }
        }
        if (read.isEmpty() && firstFailure != null) {
            throw firstFailure;
        }
        return new TenantHealthFacts(facts(read, scan.mailbox().isEmpty()), unread);
    }

    /** Every shared mailbox of the tenant with what a report needs of it, a page at a time. */
    private List<ExchangeMailbox> sharedMailboxes() {
        List<ExchangeMailbox> all = new ArrayList<>();
        Optional<String> next = Optional.empty();
        do {
            Optional<String> after = next;
            ExchangeAdminClient.Page page = resilience.run(
                    null,
                    attempt -> exchange.page(
                            Cmdlet.named("Get-Mailbox")
                                    .with("RecipientTypeDetails", List.of("SharedMailbox"))
                                    .with("ResultSize", "Unlimited"),
                            PAGE,
                            LISTED,
                            after));
            page.values().stream().map(ExchangeMailbox::of).forEach(all::add);
            next = page.next();
        } while (next.isPresent());
        return all;
    }

    private Read read(ExchangeMailbox m) {
        String address = m.primarySmtpAddress();
        Optional<Long> bytes = resilience.run(address, attempt -> {
            try {
                return exchange.invoke(Cmdlet.named("Get-MailboxStatistics").with("Identity", address)).stream()
                        .findFirst()
                        .map(ExchangeMailbox::totalBytes);
            } catch (MailboxException.NotReady | MailboxException.NotFound provisioning) {
                return Optional.empty();
            }
        });
        List<String> fullAccess = resilience.run(
                address,
                attempt -> PermissionEntries.fullAccess(
                        exchange.invoke(Cmdlet.named("Get-MailboxPermission").with("Identity", address))));
        List<String> sendAs = resilience.run(
                address,
                attempt -> PermissionEntries.sendAs(exchange.invoke(Cmdlet.named("Get-RecipientPermission")
                        .with("Identity", address)
                        .with("AccessRights", List.of("SendAs")))));
        return new Read(m, bytes, fullAccess, sendAs);
    }

    /** The accounts and trustees of everything read, asked of Graph together, and each mailbox's facts. */
    private List<SharedMailboxFacts> facts(List<Read> read, boolean wholeTenant) {
        Map<String, String> partNumbers = partNumbers();
        Map<String, JsonNode> accounts =
                directory.users(read.stream().map(r -> r.mailbox().id()).toList(), ACCOUNT);
        Set<String> identities = new LinkedHashSet<>();
        read.forEach(r -> {
            identities.addAll(r.fullAccess());
            identities.addAll(r.sendAs());
            r.mailbox().sendOnBehalf().stream()
                    .filter(PermissionEntries::isTrustee)
                    .forEach(identities::add);
        });
        Set<String> sharedIds = read.stream()
                .map(r -> r.mailbox().id().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, Trustees.Trustee> placed =
                trustees.all(identities, id -> wholeTenant ? sharedIds.contains(id) : isSharedMailbox(id, sharedIds));
        return read.stream()
                .map(r -> new SharedMailboxFacts(
                        mailbox(r, DirectoryBatches.of(accounts, r.mailbox().id()), partNumbers),
                        permissions(r, placed)))
                .sorted(Comparator.comparing((SharedMailboxFacts f) ->
                                PeopleSearch.fold(f.mailbox().displayName()))
                        .thenComparing(SharedMailboxFacts::id))
                .toList();
    }

    /** Whether a trustee is a shared mailbox, asked of Exchange when the scan did not list them all. */
    private boolean isSharedMailbox(String id, Set<String> known) {
        return known.contains(id)
                || mailboxes
                        .find(id)
                        .filter(m -> m.kind() == MailboxKind.SHARED)
                        .isPresent();
    }

    private Map<String, String> partNumbers() {
        Map<String, String> parts = new HashMap<>();
        resilience
                .run(null, attempt -> graph.subscribedSkus())
                .forEach(sku -> parts.put(
                        sku.path("skuId").asText().toLowerCase(Locale.ROOT),
                        sku.path("skuPartNumber").asText()));
        return parts;
    }

    /** The mailbox with its account; an account Graph does not have is read as Exchange would show it: not blocked, unlicensed. */
    private static Mailbox mailbox(Read r, Optional<JsonNode> account, Map<String, String> partNumbers) {
        ExchangeMailbox m = r.mailbox();
        boolean blocked =
                account.filter(a -> !a.path("accountEnabled").asBoolean(true)).isPresent();
        return new Mailbox(
                m.id(),
                m.displayName(),
                m.alias(),
                m.primarySmtpAddress(),
                MailboxKind.SHARED,
                m.hidden(),
                r.bytes().isPresent() ? ProvisioningState.READY : ProvisioningState.PROVISIONING,
                new MailboxAccount(m.id(), blocked, licences(account, partNumbers)),
                new MailboxStorage(r.bytes().orElse(0L), m.archive(), m.litigationHold()),
                m.sentItemsCopies());
    }

    /** An account's licences; one counts as assigned by a group when no direct assignment of it exists. */
    private static List<Licence> licences(Optional<JsonNode> account, Map<String, String> partNumbers) {
        Map<String, Boolean> direct = new LinkedHashMap<>();
        for (JsonNode state :
                account.map(a -> a.path("licenseAssignmentStates")).orElse(JsonHttp.JSON.createArrayNode())) {
            String sku = state.path("skuId").asText().toLowerCase(Locale.ROOT);
            boolean isDirect = state.path("assignedByGroup").isNull()
                    || state.path("assignedByGroup").isMissingNode();
            direct.merge(sku, isDirect, Boolean::logicalOr);
        }
        List<Licence> licences = new ArrayList<>();
        direct.forEach(
                (sku, isDirect) -> licences.add(new Licence(sku, partNumbers.getOrDefault(sku, sku), !isDirect)));
        return licences;
    }

    private static List<HeldPermission> permissions(Read r, Map<String, Trustees.Trustee> placed) {
        List<HeldPermission> held = new ArrayList<>();
        r.fullAccess().forEach(identity -> held.add(permission(placed.get(identity), Right.FULL_ACCESS)));
        r.sendAs().forEach(identity -> held.add(permission(placed.get(identity), Right.SEND_AS)));
        r.mailbox().sendOnBehalf().stream()
                .filter(PermissionEntries::isTrustee)
                .forEach(identity -> held.add(permission(placed.get(identity), Right.SEND_ON_BEHALF)));
        return held.stream()
                .distinct()
                .sorted(Comparator.comparing((HeldPermission p) -> PeopleSearch.fold(p.trusteeName()))
                        .thenComparing(HeldPermission::trusteeId)
                        .thenComparing(HeldPermission::right))
                .toList();
    }

    private static HeldPermission permission(Trustees.Trustee trustee, Right right) {
        return new HeldPermission(trustee.id(), trustee.name(), right, trustee.status());
    }

    private static MailboxEntry entry(ExchangeMailbox m) {
        return new MailboxEntry(m.id(), m.displayName(), m.alias(), m.primarySmtpAddress());
    }
}
