package io.postkamer.dialogs.requests;

import io.postkamer.cards.create.NoticeCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time-bound access: an approved request with an end date gets two jobs, a notice the day before and
 * the revocation when the end date has passed (access lasts through the end date, UTC). {@link #runDue}
 * takes the due jobs this instance won and does them; revoking is idempotent, so a job taken again after
 * a crash changes nothing twice. Blocking.
 */
public final class AccessExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(AccessExpiry.class);
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int MAX_ATTEMPTS = 5;
    /**
     * How long an approval's own instance has to grant it before any instance takes over: far longer
     * than a grant takes, so the two do not race (if they did, grants are idempotent).
     */
    static final Duration APPLY_TAKEOVER = Duration.ofMinutes(2);

    private final MailboxService service;
    private final Requests requests;
    private final RequestRecorder recorder;
    private final String instance;
    private final Notifications notifications;
    private final ApprovedGrants grants;

    public AccessExpiry(MailboxService service, Requests requests, RequestRecorder recorder, String instance) {
        this.service = service;
        this.requests = requests;
        this.recorder = recorder;
        this.instance = instance;
        ApproverPolicy policy = new ApproverPolicy(service, requests.owners(), requests.settings());
        // The scheduler's own thread may block: opening a chat runs right here.
        this.notifications = new Notifications(
                requests, new RequestViews(service, requests, policy), recorder, new Reach(requests), Runnable::run);
        this.grants = new ApprovedGrants(service, requests, recorder);
    }

    /** The moment access requested until this date ends: the start of the next day, UTC. */
    public static Instant endOf(LocalDate until) {
        return until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Schedules the notice and the end of an approved, time-bound request. */
    public void schedule(AccessRequest request) {
        request.until().ifPresent(until -> {
            Instant end = endOf(until);
            requests.jobs().schedule(request.number(), ScheduledJob.Kind.REMIND, end.minus(Duration.ofDays(1)));
            requests.jobs().schedule(request.number(), ScheduledJob.Kind.REVOKE, end);
        });
    }

    /**
     * Brings up requests pending longer than {@link RequestSettings#remindAfter()} again, once each
     * across instances (a guarded mark in the store): the approvers get the card again, the helpdesk
     * channel a reminder. Returns how many this instance reminded about.
     */
    public int remindPending() {
        Instant now = requests.clock().instant();
        Instant cutoff = now.minus(requests.settings().remindAfter());
        int reminded = 0;
        for (AccessRequest request : requests.store().pending()) {
            if (request.remindedAt().isEmpty()
                    && request.createdAt().isBefore(cutoff)
                    && requests.store().markReminded(request.number(), now)) {
                record(request, "reminder", AuditEntry.Outcome.DONE, "");
                AccessRequest marked = requests.store().find(request.number()).orElse(request);
                // Waits on the scheduler's own thread (ExpiryRunner), never a mailbox thread: no turn waits with it.
                notifications
                        .approversOf(marked, "en-US")
                        .thenCompose(told ->
                                notifications.helpdeskChannel(marked, "en-US", Optional.of("request.reminder.title")))
                        .join();
                reminded++;
            }
        }
        return reminded;
    }

    /** Does the jobs that are due and the reminders; returns how many jobs this instance did. */
    public int runDue() {
        remindPending();
        Instant now = requests.clock().instant();
        List<ScheduledJob> due = requests.jobs().claimDue(now, instance, LEASE, 50);
        for (ScheduledJob job : due) {
            try {
                run(job);
                requests.jobs()
                        .finish(job.id(), instance, true, "", requests.clock().instant());
            } catch (MailboxException problem) {
                if (problem.isTransient() && job.attempts() < MAX_ATTEMPTS) {
                    requests.jobs()
                            .retryLater(
                                    job.id(),
                                    instance,
                                    now.plus(Duration.ofMinutes(job.attempts())),
                                    problem.getMessage());
                } else {
                    requests.jobs()
                            .finish(
                                    job.id(),
                                    instance,
                                    false,
                                    problem.getMessage(),
                                    requests.clock().instant());
                }
            } catch (RuntimeException failure) {
                LOG.error("Scheduled job {} failed", job, failure);
                requests.jobs()
                        .finish(
                                job.id(),
                                instance,
                                false,
                                String.valueOf(failure.getMessage()),
                                requests.clock().instant());
            }
        }
        return due.size();
    }

    private void run(ScheduledJob job) {
        Optional<AccessRequest> found = requests.store().find(job.number());
        if (found.isEmpty() || found.get().state() != RequestState.APPROVED) {
            return;
        }
        AccessRequest request = found.get();
        if (job.kind() == ScheduledJob.Kind.APPLY) {
            takeOver(request);
            return;
        }
        if (job.kind() == ScheduledJob.Kind.REMIND) {
            notifyRequester(request, "request.expiry.soonTitle", "request.expiry.soon", NoticeCard.Tone.WARNING);
            return;
        }
        List<String> failures = new ArrayList<>();
        for (Right right : request.orderedRights()) {
            try {
                var change = service.revoke(request.mailboxId(), request.requesterId(), right);
                record(request, "revoke " + right, AuditEntry.Outcome.DONE, change.name());
            } catch (MailboxException problem) {
                record(request, "revoke " + right, AuditEntry.Outcome.FAILED, problem.getMessage());
                if (problem.isTransient()) {
                    throw problem;
                }
                failures.add(right.name());
            }
        }
        if (failures.isEmpty()) {
            notifyRequester(request, "request.expiry.endedTitle", "request.expiry.ended", NoticeCard.Tone.DEFAULT);
        }
    }

    /**
     * An approval whose grant was never recorded: the instance that approved stopped in between. The
     * rights are granted now, the end of time-bound access scheduled, and the requester told.
     */
    private void takeOver(AccessRequest request) {
        if (request.isNewMailbox() || request.applied() != ApplyState.NOT_YET) {
            return;
        }
        record(
                request,
                "take over grant",
                AuditEntry.Outcome.DONE,
                "approved at " + request.decidedAt().map(Object::toString).orElse("?") + ", not granted since");
        AccessRequest applied = grants.apply(request);
        if (applied.applied() == ApplyState.APPLIED) {
            schedule(applied);
        }
        // On the scheduler's own thread, like every job: the notice settles before the job counts as done.
        notifications.requesterOf(applied, "en-US").join();
    }

    private void notifyRequester(AccessRequest request, String titleKey, String textKey, NoticeCard.Tone tone) {
        String event = textKey.endsWith("soon") ? "notify expiry soon" : "notify expiry";
        String mailbox = request.mailboxName() + " (" + request.mailboxAddress() + ")";
        // On the scheduler's own thread, like every job: the notice settles before the job counts as done.
        notifications
                .requesterNotice(
                        request,
                        event,
                        "en-US",
                        texts -> NoticeCard.render(
                                texts,
                                tone,
                                texts.get(titleKey, request.number()),
                                List.of(texts.get(
                                        textKey,
                                        RequestViews.rights(texts, request),
                                        mailbox,
                                        texts.date(request.until().orElseThrow())))))
                .join();
    }

    private void record(AccessRequest request, String event, AuditEntry.Outcome outcome, String detail) {
        recorder.record(request, "postkamer", event, outcome, detail);
    }
}
