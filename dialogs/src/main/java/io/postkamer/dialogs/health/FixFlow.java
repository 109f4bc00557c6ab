package io.postkamer.dialogs.health;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.health.HealthConfirmCard;
import io.postkamer.cards.health.HealthConfirmCard.Question;
import io.postkamer.cards.manage.ConfirmChangeCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.SharedMailboxFacts;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * How every fix of the report goes: asked first on a card in place of the report ({@link HealthConfirmCard}), after
 * the same checks as the fix, administrators only; the confirmed press made through {@link MailboxCalls#checkedChange},
 * which asks the directory again, checks the target and audits whatever happens; then the report, with the finding
 * gone ({@link Scan#update}) and what was done said at the top.
 */
final class FixFlow {
    /** A fix planned after its checks: what the audit says, the change, and the facts it leaves. */
    record Fix(
            Mailbox box, Audited what, Supplier<Change> change, UnaryOperator<SharedMailboxFacts> after, String done) {}

    private final MailboxCalls calls;
    private final HealthScans scans;
    private final ReportScreen screen;

    FixFlow(MailboxCalls calls, HealthScans scans, ReportScreen screen) {
        this.calls = calls;
        this.scans = scans;
        this.screen = screen;
    }

    MailboxCalls calls() {
        return calls;
    }

    /** A fix of one change, asked first. */
    CompletableFuture<Void> fix(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Function<MailboxService, Optional<Question>> question,
            Function<MailboxService, Fix> plan) {
        return asked(
                turn, texts, actor, input, pressed, question, () -> apply(turn, texts, actor, input, pressed, plan));
    }

    /**
     * Asked first, unless the press is the question's own Confirm; a question of nothing to do makes the fix at once.
     * Anyone but an administrator is refused before anything is read, and the refusal audited.
     */
    CompletableFuture<Void> asked(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Function<MailboxService, Optional<Question>> question,
            Supplier<CompletableFuture<Void>> change) {
        if (ConfirmChangeCard.isConfirmed(input.data())) {
            return change.get();
        }
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure()) {
                return CardReplies.say(turn, Message.of(admin.problem()).in(texts));
            }
            if (!admin.get()) {
                return refuse(turn, texts, actor, pressed, new MailboxException.NotAuthorised(actor));
            }
            return calls.read(question).thenCompose(asked -> {
                if (asked.isFailure()) {
                    return refuse(turn, texts, actor, pressed, asked.problem());
                }
                return asked.get()
                        .map(card -> CardReplies.show(turn, HealthConfirmCard.render(texts, card), Optional.empty())
                                .<Void>thenApply(shown -> null))
                        .orElseGet(change);
            });
        });
    }

    /** The report after a fix of this mailbox: its facts as the fix left them, and what was done at the top. */
    CompletableFuture<Void> done(
            TurnContext turn,
            Texts texts,
            UserInput input,
            String mailboxId,
            UnaryOperator<SharedMailboxFacts> after,
            String said) {
        scans.read(ReportScreen.tenantOf(turn)).ifPresent(scan -> scan.update(mailboxId, after));
        return screen.report(turn, texts, input, Optional.of(said));
    }

    /** A press refused before it was asked: audited as the change's own refusal when it names what it may not touch. */
    CompletableFuture<Void> refuse(
            TurnContext turn, Texts texts, String actor, Audited pressed, MailboxException problem) {
        CompletableFuture<Void> audited =
                problem instanceof MailboxException.OutOfScope || problem instanceof MailboxException.NotAuthorised
                        ? calls.refused(actor, pressed, problem)
                        : CompletableFuture.completedFuture(null);
        return audited.thenCompose(
                done -> CardReplies.say(turn, Message.of(problem).in(texts)));
    }

    /** The fix, checked and audited as any change; the report then shows the finding gone, and says what was done. */
    private CompletableFuture<Void> apply(
            TurnContext turn,
            Texts texts,
            String actor,
            UserInput input,
            Audited pressed,
            Function<MailboxService, Fix> plan) {
        AtomicReference<Fix> planned = new AtomicReference<>();
        return calls.checkedChange(actor, pressed, service -> {
                    Fix fix = plan.apply(service);
                    planned.set(fix);
                    return new MailboxCalls.Checked<>(fix.what(), fix.change());
                })
                .thenCompose(result -> {
                    if (result.isFailure()) {
                        return CardReplies.say(
                                turn, Message.of(result.problem()).in(texts));
                    }
                    Fix fix = planned.get();
                    return done(turn, texts, input, fix.box().id(), fix.after(), fix.done());
                });
    }
}
