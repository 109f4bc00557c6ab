package io.postkamer.dialogs.health;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.health.HealthConfirmCard;
import io.postkamer.cards.health.HealthProgressCard;
import io.postkamer.cards.manage.ConfirmChangeCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.HandOver;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.common.Watched;
import io.postkamer.dialogs.manage.MailboxScope;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.SharedMailboxFacts;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in blocked for every shared mailbox the report found it allowed on: exactly the mailboxes of the report the
 * press came from (the press names it by when it was made; a newer report is shown instead, to be looked at first),
 * each blocked as the overview blocks one, checked and audited on its own, {@value #AT_ONCE} at a time so that the
 * mailbox threads stay free for everyone else. Many take longer than a turn: the progress is shown meanwhile.
 */
final class BlockAll {
    private static final Logger LOG = LoggerFactory.getLogger(BlockAll.class);
    static final int AT_ONCE = 4;
    /** Mailboxes the question names before it counts the rest. */
    private static final int NAMED = 10;

    private final MailboxCalls calls;
    private final HealthScans scans;
    private final ReportScreen screen;
    private final HandOver handOver;

    BlockAll(MailboxCalls calls, HealthScans scans, ReportScreen screen, HandOver handOver) {
        this.calls = calls;
        this.scans = scans;
        this.screen = screen;
        this.handOver = handOver;
    }

    CompletableFuture<Void> press(TurnContext turn, Texts texts, String actor, UserInput input) {
        Audited pressed = Audited.of("", "block sign-in for all", HealthFixes.ALLOWED, HealthFixes.BLOCKED);
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure()) {
                return CardReplies.say(turn, Message.of(admin.problem()).in(texts));
            }
            if (!admin.get()) {
                MailboxException refused = new MailboxException.NotAuthorised(actor);
                return calls.refused(actor, pressed, refused)
                        .thenCompose(done ->
                                CardReplies.say(turn, Message.of(refused).in(texts)));
            }
            String tenant = ReportScreen.tenantOf(turn);
            Optional<Scan> report = scans.read(tenant)
                    .filter(scan -> Long.toString(scan.madeAt().toEpochMilli()).equals(input.input("report")));
            if (report.isEmpty()) {
                return calls.refused(actor, pressed, new MailboxException.OutOfScope(Problem.NO_SUCH_FINDING, "—"))
                        .thenCompose(
                                done -> screen.report(turn, texts, input, Optional.of(texts.get("health.changed"))));
            }
            List<Mailbox> allowed = report.get().facts().orElseThrow().mailboxes().stream()
                    .map(SharedMailboxFacts::mailbox)
                    .filter(box -> !box.account().signInBlocked())
                    .toList();
            if (allowed.isEmpty()) {
                return screen.report(turn, texts, input, Optional.empty());
            }
            if (!ConfirmChangeCard.isConfirmed(input.data())) {
                return CardReplies.show(turn, question(texts, allowed, input), Optional.empty())
                        .thenApply(shown -> null);
            }
            return block(turn, texts, actor, input, report.get(), allowed);
        });
    }

    private static io.postkamer.cards.AdaptiveCard question(Texts texts, List<Mailbox> allowed, UserInput input) {
        String names = allowed.stream().limit(NAMED).map(Mailbox::displayName).collect(Collectors.joining(", "));
        if (allowed.size() > NAMED) {
            names = texts.get("health.row.namesAndMore", names, allowed.size() - NAMED);
        }
        return HealthConfirmCard.render(
                texts,
                new HealthConfirmCard.Question(
                        texts.get("health.confirm.blockAll.title", allowed.size()),
                        List.of(texts.get("health.confirm.blockAll.what", names)),
                        texts.get("health.fix.blockAll", allowed.size()),
                        Verb.HEALTH_BLOCK_ALL,
                        input.data()));
    }

    /** Each mailbox blocked as the overview blocks one; the report follows, now or when the last is done. */
    private CompletableFuture<Void> block(
            TurnContext turn, Texts texts, String actor, UserInput input, Scan report, List<Mailbox> allowed) {
        Batch batch = new Batch(allowed.size());
        for (int i = 0; i < Math.min(AT_ONCE, allowed.size()); i++) {
            next(actor, report, allowed, batch);
        }
        return handOver.endsInTime(batch)
                .thenCompose(inTime -> inTime
                        ? screen.report(turn, texts, input, Optional.of(said(texts, batch)))
                        : ReportScreen.progress(
                                handOver, turn, texts, HealthProgressCard.Work.BLOCKING, batch, Optional.empty()));
    }

    private void next(String actor, Scan report, List<Mailbox> allowed, Batch batch) {
        int index = batch.started.getAndIncrement();
        if (index >= allowed.size()) {
            return;
        }
        String id = allowed.get(index).id();
        calls.checkedChange(
                        actor, Audited.of(id, HealthFixes.BLOCK, HealthFixes.ALLOWED, HealthFixes.BLOCKED), service -> {
                            Mailbox box = MailboxScope.shared(service, id);
                            return new MailboxCalls.Checked<>(
                                    Audited.on(
                                            MailboxScope.target(box),
                                            HealthFixes.BLOCK,
                                            HealthFixes.ALLOWED,
                                            HealthFixes.BLOCKED),
                                    () -> service.setSignInBlocked(box.id(), true));
                        })
                .whenComplete((result, unexpected) -> {
                    // The facts first: the report that follows the last one must not show it allowed.
                    if (result != null && !result.isFailure()) {
                        report.update(id, FactsAfterFix.signInBlocked());
                    }
                    batch.settled(result, unexpected);
                    next(actor, report, allowed, batch);
                });
    }

    private static String said(Texts texts, Batch batch) {
        String done = texts.get("health.done.blockAll", batch.blocked.get());
        return batch.failures.isEmpty()
                ? done
                : done + " " + Message.of(batch.failures.get(0)).in(texts);
    }

    /** The batch's progress, and its end when every mailbox is settled. */
    private static final class Batch extends Watched {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger settled = new AtomicInteger();
        final AtomicInteger blocked = new AtomicInteger();
        final List<MailboxException> failures = new CopyOnWriteArrayList<>();
        private final int total;
        private final CompletableFuture<Void> over = new CompletableFuture<>();

        Batch(int total) {
            this.total = total;
        }

        void settled(Attempt<Change> result, Throwable unexpected) {
            if (unexpected != null) {
                LOG.error("Blocking sign-in failed unexpectedly for one mailbox of a report", unexpected);
            }
            if (result != null && result.isFailure()) {
                failures.add(result.problem());
            } else if (result != null) {
                blocked.incrementAndGet();
            }
            if (settled.incrementAndGet() >= total) {
                over.complete(null);
            }
            moved();
        }

        @Override
        public int done() {
            return settled.get();
        }

        @Override
        public int total() {
            return total;
        }

        @Override
        public CompletableFuture<?> finished() {
            return over;
        }
    }
}
