package io.postkamer.dialogs.health;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.mailbox.HealthScan;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The last read of each tenant for a health report, kept a quarter of an hour: opening the report again, a page of a
 * finding and the report after a fix use it instead of reading thousands of mailboxes again, and two administrators
 * asking at once share one read. "Check again" starts a new one. Kept by this instance only.
 */
final class HealthScans {
    static final Duration KEPT = Duration.ofMinutes(15);

    private final MailboxCalls calls;
    private final Clock clock;
    private final Cache<String, Scan> latest =
            Caffeine.newBuilder().maximumSize(100).expireAfterWrite(KEPT).build();

    HealthScans(MailboxCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    /** The tenant's last read, under way or over, if it is recent. */
    Optional<Scan> latest(String tenant) {
        return Optional.ofNullable(latest.getIfPresent(tenant));
    }

    /** The tenant's last read when it succeeded: the facts a report, a finding's page or a fix starts from. */
    Optional<Scan> read(String tenant) {
        return latest(tenant).filter(Scan::isOver).filter(scan -> scan.facts().isPresent());
    }

    /** The read under way, or a new one. */
    synchronized Scan readNow(String tenant, boolean afresh) {
        Optional<Scan> running = latest(tenant).filter(scan -> !scan.isOver());
        if (running.isPresent()) {
            return running.get();
        }
        Optional<Scan> kept = read(tenant).filter(scan -> !afresh);
        if (kept.isPresent()) {
            return kept.get();
        }
        Scan scan = new Scan();
        latest.put(tenant, scan);
        calls.read(service -> service.healthFacts(HealthScan.wholeTenant(scan::progress)))
                .whenComplete((attempt, failure) -> {
                    if (failure != null) {
                        scan.failsUnexpectedly(failure);
                    } else {
                        scan.ends(attempt, clock.instant());
                    }
                });
        return scan;
    }
}
