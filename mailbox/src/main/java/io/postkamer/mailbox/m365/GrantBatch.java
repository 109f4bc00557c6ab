package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.RightToGrant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Many rights on one mailbox at once. The mailbox is read once, then its readiness and each kind of
 * right it holds side by side while the people are looked up in Graph on threads of their own; then
 * only what is missing is written: Full Access and Send As one call per person, as many at once as the
 * per-mailbox limit allows, Send on Behalf in one write for everyone. One outcome per right, in the
 * order asked; one that fails leaves the others standing.
 */
final class GrantBatch {
    /** Graph look-ups of a batch's people at once: Graph has no per-mailbox limit, only the tenant's. */
    private static final int LOOKUP_THREADS = 8;
    /**
     * Threads wait out a Retry-After outside the per-mailbox limit, so there are more writers than
     * calls allowed at once, to keep the limit busy.
     */
    private static final int WRITERS_PER_CALL = 8;

    private static final ThreadFactory THREADS = task -> {
        Thread thread = new Thread(task, "postkamer-grants");
        thread.setDaemon(true);
        return thread;
    };

    /** What a batch reads and writes, done the way a single grant does it. */
    interface Tenant {
        ExchangeMailbox mailbox(String idOrAddress);

        boolean isReady(ExchangeMailbox m);

        List<PermissionGrant> held(ExchangeMailbox m, Right kind);

        Principal trustee(String id);

        /** One right; {@code held} is what the batch read of it before anything was sent. */
        Change grant(
                ExchangeMailbox m, Principal trustee, Right right, boolean autoMapping, Optional<PermissionGrant> held);

        void addSendOnBehalf(ExchangeMailbox m, List<Principal> trustees);
    }

    private final Tenant tenant;
    private final int perMailboxConcurrency;

    GrantBatch(Tenant tenant, int perMailboxConcurrency) {
        this.tenant = tenant;
        this.perMailboxConcurrency = perMailboxConcurrency;
    }

    /** Runs the batch; {@code settled} hears of each right as its outcome is known (a right asked twice, once). */
    List<GrantOutcome> run(String mailboxId, List<RightToGrant> rights, Consumer<GrantOutcome> settled) {
        return run(mailboxId, rights, (Settled) settled::accept);
    }

    /** Who hears of each outcome as it is known. */
    @FunctionalInterface
    private interface Settled {
        void accept(GrantOutcome outcome);

        default GrantOutcome told(GrantOutcome outcome) {
            accept(outcome);
            return outcome;
        }

        default List<GrantOutcome> toldAll(List<GrantOutcome> outcomes) {
            outcomes.forEach(this::accept);
            return outcomes;
        }
    }

    private List<GrantOutcome> run(String mailboxId, List<RightToGrant> rights, Settled settled) {
        if (rights.isEmpty()) {
            return List.of();
        }
        ExchangeMailbox m;
        try {
            m = tenant.mailbox(mailboxId);
        } catch (MailboxException failed) {
            return settled.toldAll(failedAll(rights, failed));
        }
        ExecutorService writes = Executors.newFixedThreadPool(
                Math.min(rights.size(), WRITERS_PER_CALL * perMailboxConcurrency), THREADS);
        ExecutorService lookups = Executors.newFixedThreadPool(LOOKUP_THREADS, THREADS);
        try {
            Set<Right> kinds = rights.stream()
                    .map(RightToGrant::right)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Right.class)));
            Future<Boolean> readiness = writes.submit(() -> tenant.isReady(m));
            List<Future<List<PermissionGrant>>> reading = kinds.stream()
                    .map(kind -> writes.submit(() -> tenant.held(m, kind)))
                    .toList();
            Map<String, Future<Principal>> trustees = new HashMap<>();
            rights.forEach(asked ->
                    trustees.computeIfAbsent(asked.trusteeId(), id -> lookups.submit(() -> tenant.trustee(id))));
            HeldRights held;
            try {
                if (!Awaited.value(readiness)) {
                    return settled.toldAll(failedAll(rights, new MailboxException.NotReady(m.primarySmtpAddress())));
                }
                List<PermissionGrant> grants = new ArrayList<>();
                for (Future<List<PermissionGrant>> kind : reading) {
                    grants.addAll(Awaited.value(kind));
                }
                held = HeldRights.of(grants);
            } catch (MailboxException failed) {
                return settled.toldAll(failedAll(rights, failed));
            }
            return write(m, rights, trustees, held, writes, settled);
        } finally {
            writes.shutdownNow();
            lookups.shutdownNow();
        }
    }

    private List<GrantOutcome> write(
            ExchangeMailbox m,
            List<RightToGrant> rights,
            Map<String, Future<Principal>> trustees,
            HeldRights held,
            ExecutorService writes,
            Settled settled) {
        Map<RightToGrant, Supplier<GrantOutcome>> outcomes = new HashMap<>();
        List<RightToGrant> onBehalf = new ArrayList<>();
        List<Principal> onBehalfTrustees = new ArrayList<>();
        Set<RightToGrant> seen = new HashSet<>();
        for (RightToGrant asked : rights) {
            if (!seen.add(asked)) {
                continue; // asked twice: one write, the same outcome for both
            }
            Principal trustee;
            try {
                trustee = Awaited.value(trustees.get(asked.trusteeId()));
            } catch (MailboxException failed) {
                GrantOutcome outcome = settled.told(new GrantOutcome.Failed(asked, failed));
                outcomes.put(asked, () -> outcome);
                continue;
            }
            Optional<PermissionGrant> already = held.of(trustee, asked.right());
            // Held is held: its automapping is left as it is, as a single grant leaves it.
            if (already.isPresent()) {
                GrantOutcome outcome = settled.told(new GrantOutcome.Applied(asked, Change.ALREADY_SO));
                outcomes.put(asked, () -> outcome);
            } else if (asked.right() == Right.SEND_ON_BEHALF) {
                onBehalf.add(asked);
                onBehalfTrustees.add(trustee);
            } else {
                Future<GrantOutcome> written = writes.submit(() -> settled.told(
                        applied(asked, () -> tenant.grant(m, trustee, asked.right(), asked.autoMapping(), already))));
                outcomes.put(asked, () -> Awaited.value(written));
            }
        }
        if (!onBehalf.isEmpty()) {
            // Meanwhile, on this thread: everyone's Send on Behalf in one write.
            Optional<MailboxException> failure = Optional.empty();
            try {
                tenant.addSendOnBehalf(m, onBehalfTrustees);
            } catch (MailboxException failed) {
                failure = Optional.of(failed);
            }
            for (RightToGrant asked : onBehalf) {
                GrantOutcome outcome =
                        settled.told(failure.<GrantOutcome>map(failed -> new GrantOutcome.Failed(asked, failed))
                                .orElse(new GrantOutcome.Applied(asked, Change.MADE)));
                outcomes.put(asked, () -> outcome);
            }
        }
        return rights.stream().map(asked -> outcomes.get(asked).get()).toList();
    }

    private static List<GrantOutcome> failedAll(List<RightToGrant> rights, MailboxException failure) {
        return rights.stream()
                .<GrantOutcome>map(asked -> new GrantOutcome.Failed(asked, failure))
                .toList();
    }

    private static GrantOutcome applied(RightToGrant asked, Supplier<Change> write) {
        try {
            return new GrantOutcome.Applied(asked, write.get());
        } catch (MailboxException failed) {
            return new GrantOutcome.Failed(asked, failed);
        }
    }

    /** The rights a mailbox holds, by trustee id and right. */
    private record HeldRights(Map<String, PermissionGrant> byTrusteeAndRight) {
        static HeldRights of(List<PermissionGrant> grants) {
            Map<String, PermissionGrant> byKey = new HashMap<>();
            grants.forEach(g -> byKey.put(key(g.trusteeId(), g.right()), g));
            return new HeldRights(Map.copyOf(byKey));
        }

        Optional<PermissionGrant> of(Principal trustee, Right right) {
            return Optional.ofNullable(byTrusteeAndRight.get(key(trustee.id(), right)));
        }

        private static String key(String trusteeId, Right right) {
            return trusteeId.toLowerCase(Locale.ROOT) + " " + right;
        }
    }
}
