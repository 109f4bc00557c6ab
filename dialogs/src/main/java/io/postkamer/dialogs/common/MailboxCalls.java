package io.postkamer.dialogs.common;

import io.postkamer.cards.Texts;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditTrail;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.audit.DirectoryNames;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.GrantOutcome;
import io.postkamer.mailbox.MailboxAdministrators;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.RightToGrant;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the blocking mailbox calls off the turn's thread and hands back an {@link Attempt}, so that a
 * {@link MailboxException} is an answer to show, never a crash. Anything else still fails the future.
 */
public final class MailboxCalls {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxCalls.class);
    private static final Texts AUDIT_TEXTS = Texts.forLocale("en");

    private final MailboxService service;
    private final MailboxAdministrators administrators;
    private final Executor executor;
    private final AuditTrail audit;
    private final DirectoryNames names;
    private final Clock clock;
    private final MailboxFinder finder = new MailboxFinder();

    public MailboxCalls(MailboxService service, Executor executor, AuditTrail audit, Clock clock) {
        this.service = service;
        this.administrators = new MailboxAdministrators(service);
        this.executor = executor;
        this.audit = audit;
        this.names = new DirectoryNames(service);
        this.clock = clock;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** Names as the directory has them, for the audit and for what cards say about people. */
    public DirectoryNames names() {
        return names;
    }

    /** One finder per bot: what people typed is kept for everyone who types it next. */
    public MailboxFinder finder() {
        return finder;
    }

    public MailboxService service() {
        return service;
    }

    public Executor executor() {
        return executor;
    }

    /** A call that reads or that needs no administrator (a people search, a readiness check). */
    public <T> CompletableFuture<Attempt<T>> read(Function<MailboxService, T> call) {
        return run(() -> call.apply(service));
    }

    /**
     * Work that writes the bot's own records (the request store, the audit, where people are reached), off
     * the turn's thread like a read, reading Exchange and the directory on the way. Unlike a {@link #change}
     * it asks for no administrator: the work checks who may do it (an approver decides, the helpdesk
     * assigns) and audits what it does, the grants of an approved request included.
     */
    public <T> CompletableFuture<Attempt<T>> store(Function<MailboxService, T> work) {
        return run(() -> work.apply(service));
    }

    /**
     * A change: the directory is asked again, now, whether this person may make it, and only then is
     * the change made. Whatever happens, refusals included, is written to the audit trail.
     */
    public <T> CompletableFuture<Attempt<T>> change(String actorId, Audited what, Function<MailboxService, T> call) {
        return checkedChange(actorId, what, service -> new Checked<>(what, () -> call.apply(service)));
    }

    /**
     * A change whose target is checked first, on the mailbox thread: {@code plan} reads what the press is
     * about from Exchange and the directory (never from card data), refuses with
     * {@link MailboxException.OutOfScope} what it may not touch, and says what the audit is to record.
     * Until the plan has said so, the audit records {@code pressed}: the press as it came.
     */
    public <T> CompletableFuture<Attempt<T>> checkedChange(
            String actorId, Audited pressed, Function<MailboxService, Checked<T>> plan) {
        return audited(actorId, pressed, true, plan);
    }

    /**
     * A change the mailbox's members may make too (an appointment in its calendar): the plan itself
     * checks who may make it; target checks, outcome and refusals are audited as for any change.
     */
    public <T> CompletableFuture<Attempt<T>> memberChange(
            String actorId, Audited pressed, Function<MailboxService, Checked<T>> plan) {
        return audited(actorId, pressed, false, plan);
    }

    private <T> CompletableFuture<Attempt<T>> audited(
            String actorId, Audited pressed, boolean administratorsOnly, Function<MailboxService, Checked<T>> plan) {
        return run(() -> auditedHere(actorId, pressed, administratorsOnly, plan));
    }

    /**
     * A change made by work already running on the mailbox thread (a run of steps that outlasts its turn): as
     * {@link #change}, the directory is asked again whether this person may make it, whatever happens is audited, and
     * a refusal or failure is thrown.
     */
    public <T> T changeHere(String actorId, Audited what, Supplier<T> change) {
        return auditedHere(actorId, what, true, service -> new Checked<>(what, change));
    }

    private <T> T auditedHere(
            String actorId, Audited pressed, boolean administratorsOnly, Function<MailboxService, Checked<T>> plan) {
        Audited what = pressed;
        try {
            if (administratorsOnly) {
                administrators.requireAdministrator(actorId);
            }
            Checked<T> checked = plan.apply(service);
            what = checked.what();
            T result = checked.change().get();
            record(
                    actorId,
                    what,
                    result == Change.ALREADY_SO
                                    || (result instanceof Created created && created.change() == Change.ALREADY_SO)
                            ? AuditEntry.Outcome.ALREADY_SO
                            : AuditEntry.Outcome.DONE,
                    "");
            return result;
        } catch (MailboxException.NotAuthorised | MailboxException.OutOfScope refused) {
            record(actorId, what, AuditEntry.Outcome.REFUSED, reason(refused));
            throw refused;
        } catch (MailboxException failure) {
            record(actorId, what, AuditEntry.Outcome.FAILED, reason(failure));
            throw failure;
        }
    }

    /** A change after its scope check: what the audit says of it, and the change itself. */
    public record Checked<T>(Audited what, Supplier<T> change) {}

    /** A read or a press that changes nothing, refused: in the audit like any other refusal. */
    public CompletableFuture<Void> refused(String actorId, Audited what, MailboxException why) {
        return CompletableFuture.runAsync(
                () -> record(actorId, what, AuditEntry.Outcome.REFUSED, reason(why)), executor);
    }

    /** Why, in a sentence, for the audit (English: the audit is read by auditors, whatever the chat's language). */
    private static String reason(MailboxException problem) {
        return Message.of(problem).in(AUDIT_TEXTS);
    }

    /**
     * Many rights on one mailbox in one call, so the service can read what is held once and write
     * several at a time. The administrator is asked once; each right gets its own audit entry.
     */
    public CompletableFuture<Attempt<List<GrantOutcome>>> grantAll(
            String actorId, String mailboxId, List<RightToGrant> rights, Function<RightToGrant, Audited> what) {
        return grantAll(actorId, mailboxId, rights, what, settled -> {});
    }

    /** As above; {@code settled} hears of each right as soon as its outcome is known. */
    public CompletableFuture<Attempt<List<GrantOutcome>>> grantAll(
            String actorId,
            String mailboxId,
            List<RightToGrant> rights,
            Function<RightToGrant, Audited> what,
            Consumer<GrantOutcome> settled) {
        return run(() -> {
            try {
                administrators.requireAdministrator(actorId);
            } catch (MailboxException refused) {
                AuditEntry.Outcome outcome = refused instanceof MailboxException.NotAuthorised
                        ? AuditEntry.Outcome.REFUSED
                        : AuditEntry.Outcome.FAILED;
                rights.forEach(asked -> record(actorId, what.apply(asked), outcome, reason(refused)));
                throw refused;
            }
            List<GrantOutcome> outcomes = service.grantAll(mailboxId, rights, settled);
            for (GrantOutcome outcome : outcomes) {
                if (outcome instanceof GrantOutcome.Failed failed) {
                    record(actorId, what.apply(failed.asked()), AuditEntry.Outcome.FAILED, reason(failed.failure()));
                } else if (outcome instanceof GrantOutcome.Applied applied) {
                    record(
                            actorId,
                            what.apply(applied.asked()),
                            applied.change() == Change.ALREADY_SO
                                    ? AuditEntry.Outcome.ALREADY_SO
                                    : AuditEntry.Outcome.DONE,
                            "");
                }
            }
            return outcomes;
        });
    }

    /** Filed under the mailbox's primary address, with the actor's and the target's names as the directory has them. */
    private void record(String actorId, Audited what, AuditEntry.Outcome outcome, String detail) {
        try {
            audit.record(new AuditEntry(
                    clock.instant(),
                    names.party(actorId),
                    what.action(),
                    what.known() ? what.target() : names.target(what.target().id()),
                    0,
                    outcome,
                    detail,
                    what.before(),
                    what.after()));
        } catch (RuntimeException auditFailed) {
            // The change itself stands; reporting it as failed would make the person repeat it.
            LOG.error(
                    "Could not write the audit entry for {} on {} by {}",
                    what.action(),
                    what.target().id(),
                    actorId,
                    auditFailed);
        }
    }

    public CompletableFuture<Attempt<Boolean>> isAdministrator(String actorId) {
        return run(() -> administrators.isAdministrator(actorId));
    }

    private <T> CompletableFuture<Attempt<T>> run(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor).handle((value, error) -> {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause == null) {
                return Attempt.succeeded(value);
            }
            if (cause instanceof MailboxException refusal) {
                return Attempt.failed(refusal);
            }
            throw new CompletionException(cause);
        });
    }
}
