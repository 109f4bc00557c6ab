package io.postkamer.dialogs.health;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.health.FindingKind;
import io.postkamer.cards.health.HealthFindingCard;
import io.postkamer.cards.health.HealthProgressCard;
import io.postkamer.cards.health.HealthReport;
import io.postkamer.cards.health.HealthReportCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.HandOver;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.common.Watched;
import io.postkamer.dialogs.requests.MailboxOwners;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.MailboxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The report and a finding's pages, for administrators. What was read a moment ago is shown at once; otherwise the
 * tenant is read, and a read that outlasts the person's patience is handed over: the turn answers with its progress
 * and the report replaces it when it is ready. Anyone else is refused, and the refusal audited.
 */
final class ReportScreen {
    static final String READ = "read health report";
    /** People a mailbox without owners offers before anything is typed; the picker finds anyone else. */
    static final int OFFERED = 5;

    private final MailboxCalls calls;
    private final HealthScans scans;
    private final MailboxOwners owners;
    private final LicencePrices prices;
    private final HandOver handOver;
    private final Clock clock;

    ReportScreen(
            MailboxCalls calls,
            HealthScans scans,
            MailboxOwners owners,
            LicencePrices prices,
            HandOver handOver,
            Clock clock) {
        this.calls = calls;
        this.scans = scans;
        this.owners = owners;
        this.prices = prices;
        this.handOver = handOver;
        this.clock = clock;
    }

    /** The report, or its progress; the bot's own follow-up turn shows it in place of that progress. */
    CompletableFuture<Void> show(TurnContext turn, Texts texts, String actor, UserInput input) {
        return asAdministrator(turn, texts, actor, () -> report(turn, texts, input, Optional.empty()));
    }

    /** A page of one finding, from the last read. */
    CompletableFuture<Void> finding(TurnContext turn, Texts texts, String actor, UserInput input) {
        Optional<FindingKind> kind = Arrays.stream(FindingKind.values())
                .filter(candidate -> candidate.name().equals(input.input("finding")))
                .findFirst();
        int page = input.input("page").matches("\\d{1,6}") ? Integer.parseInt(input.input("page")) : 0;
        return asAdministrator(turn, texts, actor, () -> {
            Optional<Scan> read = scans.read(tenantOf(turn));
            if (kind.isEmpty() || read.isEmpty()) {
                return report(turn, texts, input, Optional.empty());
            }
            return render(read.get(), (report, now) -> HealthFindingCard.render(texts, report, kind.get(), page, now))
                    .thenCompose(card -> show(turn, texts, card, Optional.empty()));
        });
    }

    /**
     * The report for an administrator, with what a fix just did at the top: from the last read when there is one
     * (unless "check again" asks afresh), else after reading the tenant.
     */
    CompletableFuture<Void> report(TurnContext turn, Texts texts, UserInput input, Optional<String> notice) {
        String tenant = tenantOf(turn);
        Optional<String> shownIn = input.followUp()
                ? Optional.of(input.input(HandOver.SHOWN_IN)).filter(id -> !id.isBlank())
                : Optional.empty();
        Optional<Scan> last = scans.latest(tenant);
        if (input.followUp() && last.filter(Scan::isOver).isPresent()) {
            return shown(turn, texts, last.get(), notice, shownIn);
        }
        Scan scan = scans.readNow(tenant, input.data().path("refresh").asBoolean(false));
        return handOver.endsInTime(scan)
                .thenCompose(inTime -> inTime
                        ? shown(turn, texts, scan, notice, shownIn)
                        : progress(handOver, turn, texts, HealthProgressCard.Work.REPORT, scan, shownIn));
    }

    /** The report's or a batch's progress, handed over; the report takes its place when the work is over. */
    static CompletableFuture<Void> progress(
            HandOver handOver,
            TurnContext turn,
            Texts texts,
            HealthProgressCard.Work kind,
            Watched work,
            Optional<String> shownIn) {
        return handOver.progress(
                turn,
                work,
                () -> HealthProgressCard.render(texts, kind, work.done(), work.total()),
                shownIn,
                Verb.HEALTH_REPORT,
                JsonNodeFactory.instance.objectNode());
    }

    /** The tenant a turn is about: the one its activity comes from; reports of one tenant are never shown in another. */
    static String tenantOf(TurnContext turn) {
        String tenant = turn.getActivity().getConversation() == null
                ? null
                : turn.getActivity().getConversation().getTenantId();
        return tenant == null ? "" : tenant;
    }

    private CompletableFuture<Void> shown(
            TurnContext turn, Texts texts, Scan scan, Optional<String> notice, Optional<String> shownIn) {
        Optional<MailboxException> failed = scan.result().join().isFailure()
                ? Optional.of(scan.result().join().problem())
                : Optional.empty();
        if (failed.isPresent()) {
            return CardReplies.say(turn, Message.of(failed.get()).in(texts));
        }
        return render(scan, (report, now) -> HealthReportCard.render(texts, report, now, notice))
                .thenCompose(card -> show(turn, texts, card, shownIn));
    }

    /**
     * The card of the scan's facts as they are now, with the owners as the bot keeps them now and the first people of
     * the directory to offer as owners.
     */
    private CompletableFuture<Optional<AdaptiveCard>> render(
            Scan scan, BiFunction<HealthReport, Instant, AdaptiveCard> card) {
        return calls.read(service -> card.apply(
                        Findings.of(
                                scan.facts().orElseThrow(),
                                owners.ownersByMailbox(),
                                scan.madeAt(),
                                prices,
                                service.people(OFFERED)),
                        clock.instant()))
                .thenApply(attempt -> attempt.isFailure() ? Optional.empty() : Optional.of(attempt.get()));
    }

    private static CompletableFuture<Void> show(
            TurnContext turn, Texts texts, Optional<AdaptiveCard> card, Optional<String> shownIn) {
        return card.isPresent()
                ? CardReplies.show(turn, card.get(), shownIn).thenApply(shown -> null)
                : CardReplies.say(turn, texts.get("flow.failed.text"));
    }

    private CompletableFuture<Void> asAdministrator(
            TurnContext turn, Texts texts, String actor, Supplier<CompletableFuture<Void>> then) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure()) {
                return CardReplies.say(turn, Message.of(admin.problem()).in(texts));
            }
            if (!admin.get()) {
                MailboxException refused = new MailboxException.NotAuthorised(actor);
                return calls.refused(actor, Audited.of("", READ, "", ""), refused)
                        .thenCompose(audited ->
                                CardReplies.say(turn, Message.of(refused).in(texts)));
            }
            return then.get();
        });
    }
}
