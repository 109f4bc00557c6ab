package io.postkamer.dialogs.health;

import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.health.HealthReportCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.DirectoryNames;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.SchedulePeriod;
import io.postkamer.dialogs.requests.MailboxOwners;
import io.postkamer.dialogs.requests.PersonalDelivery;
import io.postkamer.dialogs.requests.Reach;
import io.postkamer.dialogs.requests.RequestRecorder;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.TenantHealthFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health report of the whole tenant posted to the helpdesk channel once per period ({@code every}), on its own,
 * run by the application's scheduler on every instance. The period's post is claimed with a lease in the
 * {@link HealthPostStore}, so one instance reads and posts it; it counts as posted only once the channel took it (or
 * Teams queued it, as every notice counts it). A read that fails or a post that is not delivered leaves the period
 * open: the next round after the lease tries again, as does another instance when this one stops half-way. Without a
 * helpdesk channel nothing is posted and the period stays open until one is set. Every attempt is in the audit.
 * Blocking.
 */
public final class HealthReportPosts {
    private static final Logger LOG = LoggerFactory.getLogger(HealthReportPosts.class);
    /** How long a claim holds off other instances: longer than a read of a large tenant and its post. */
    static final Duration LEASE = Duration.ofMinutes(30);

    static final String POST = "post health report";

    private final Optional<Period> every;
    private final HealthPostStore store;
    private final MailboxService service;
    private final HealthScans scans;
    private final MailboxOwners owners;
    private final LicencePrices prices;
    private final Reach reach;
    private final PersonalDelivery delivery;
    private final RequestRecorder recorder;
    private final Clock clock;
    private final String instance;
    /** The period this instance last said it has no channel for: said once per period, not every round. */
    private final AtomicReference<String> toldNoChannel = new AtomicReference<>("");

    private HealthReportPosts(
            Optional<Period> every,
            HealthPostStore store,
            MailboxService service,
            HealthScans scans,
            MailboxOwners owners,
            LicencePrices prices,
            Reach reach,
            PersonalDelivery delivery,
            RequestRecorder recorder,
            Clock clock,
            String instance) {
        this.every = every;
        this.store = store;
        this.service = service;
        this.scans = scans;
        this.owners = owners;
        this.prices = prices;
        this.reach = reach;
        this.delivery = delivery;
        this.recorder = recorder;
        this.clock = clock;
        this.instance = instance;
    }

    /**
     * @param every    how often; empty, never
     * @param calls    where the tenant is read and a chat opened: never a turn's thread
     * @param instance this instance's name, so that its claims are told from another instance's
     */
    public static HealthReportPosts of(
            Optional<Period> every,
            HealthPostStore store,
            MailboxService service,
            Requests requests,
            LicencePrices prices,
            Executor calls,
            String instance) {
        Clock clock = requests.clock();
        Reach reach = new Reach(requests);
        return new HealthReportPosts(
                every,
                store,
                service,
                new HealthScans(new MailboxCalls(service, calls, requests.audit(), clock), clock),
                requests.owners(),
                prices,
                reach,
                new PersonalDelivery(requests, reach, calls),
                new RequestRecorder(requests, new DirectoryNames(service)),
                clock,
                instance);
    }

    /** This period's report, if it is due and this instance gets it; true when it was posted now. */
    public boolean runDue() {
        if (every.isEmpty()) {
            return false;
        }
        SchedulePeriod period = SchedulePeriod.containing(every.get(), clock.instant());
        if (store.isPosted(period.key())) {
            return false;
        }
        Optional<ConversationReference> channel = reach.remembered(Reach.HELPDESK_CHANNEL);
        if (channel.isEmpty()) {
            if (!toldNoChannel.getAndSet(period.key()).equals(period.key())) {
                LOG.warn(
                        "The health report ({}) is not posted: no helpdesk channel is known yet. An administrator"
                                + " can type \"set helpdesk channel\" in it.",
                        period.key());
            }
            return false;
        }
        if (!store.claim(period.key(), instance, clock.instant(), LEASE)) {
            return false;
        }
        Optional<Scan> read = read(channel.get(), period);
        // Still this instance's after the read: another instance may have taken over a claim that ran out.
        if (read.isEmpty() || !store.claim(period.key(), instance, clock.instant(), LEASE)) {
            return false;
        }
        return post(channel.get(), period, read.get());
    }

    /** The whole tenant, read afresh; a failed read is audited as a post not delivered, with the reason. */
    private Optional<Scan> read(ConversationReference channel, SchedulePeriod period) {
        Scan scan = scans.readNow(tenantOf(channel), true);
        Attempt<TenantHealthFacts> read;
        try {
            read = scan.result().join();
        } catch (CompletionException unexpected) {
            LOG.error("Could not read the tenant for the health report ({})", period.key(), unexpected);
            audit(channel, period, AuditEntry.Outcome.NOT_DELIVERED, "the shared mailboxes could not be read");
            return Optional.empty();
        }
        if (read.isFailure()) {
            LOG.warn(
                    "Could not read the tenant for the health report ({}); trying again after {}",
                    period.key(),
                    LEASE,
                    read.problem());
            audit(
                    channel,
                    period,
                    AuditEntry.Outcome.NOT_DELIVERED,
                    "the shared mailboxes could not be read: " + read.problem().problem());
            return Optional.empty();
        }
        return Optional.of(scan);
    }

    /** The card in the channel's language; marked posted once delivered or queued, never when it failed. */
    private boolean post(ConversationReference channel, SchedulePeriod period, Scan scan) {
        Texts texts = Texts.forLocale(Optional.ofNullable(channel.getLocale())
                .filter(locale -> !locale.isBlank())
                .orElse("en-US"));
        AdaptiveCard card = HealthReportCard.scheduled(
                texts,
                Findings.of(
                        scan.facts().orElseThrow(),
                        owners.ownersByMailbox(),
                        scan.madeAt(),
                        prices,
                        service.people(ReportScreen.OFFERED)),
                clock.instant(),
                period.every(),
                period.from());
        AtomicReference<AuditEntry.Outcome> first = new AtomicReference<>();
        delivery.deliver(channel, card, "helpdesk channel", (outcome, detail) -> {
                    first.compareAndSet(null, outcome);
                    audit(channel, period, outcome, detail);
                })
                .join();
        AuditEntry.Outcome outcome = first.get();
        if (outcome == AuditEntry.Outcome.DELIVERED || outcome == AuditEntry.Outcome.QUEUED) {
            return store.markPosted(period.key(), instance, clock.instant());
        }
        LOG.warn("The health report ({}) was not delivered to the helpdesk channel; trying again later", period.key());
        return false;
    }

    private void audit(
            ConversationReference channel, SchedulePeriod period, AuditEntry.Outcome outcome, String detail) {
        String channelId = channel.getConversation() == null
                ? ""
                : channel.getConversation().getId();
        recorder.record(
                AuditEntry.Party.BOT.id(),
                POST,
                new AuditEntry.Target(channelId, "helpdesk channel", ""),
                outcome,
                period.key() + ": " + detail);
    }

    private static String tenantOf(ConversationReference channel) {
        String tenant = channel.getConversation() == null
                ? null
                : channel.getConversation().getTenantId();
        return tenant == null ? "" : tenant;
    }
}
