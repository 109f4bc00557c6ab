package io.postkamer.cards.health;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.mailbox.MailboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The health of the shared mailboxes on one card: how fresh it is, a count per kind of finding, and per finding the
 * first {@value #FIRST} rows with their fixes; a finding with more offers all of them on a card of its own
 * ({@link HealthFindingCard}), so that a tenant with thousands of findings still gets a card within Teams' size.
 */
public final class HealthReportCard {
    /** Rows a finding shows on the report. */
    static final int FIRST = 3;
    /** Unread mailboxes the report names before it counts the rest. */
    private static final int UNREAD_NAMED = 5;

    private static final CardTemplate TEMPLATE = CardTemplate.named("health-report");

    record Fact(String name, String count) {}

    record Data(
            String title,
            String period,
            String made,
            String notice,
            String unread,
            boolean allClear,
            List<Fact> summary,
            List<FindingRows.Section> findings) {}

    private HealthReportCard() {}

    /**
     * The report as it is {@code now}.
     *
     * @param notice what a fix just did, said at the top; empty for none
     */
    public static AdaptiveCard render(Texts texts, HealthReport report, Instant now, Optional<String> notice) {
        return bind(texts, report, now, notice, texts.get("health.report.title"), "");
    }

    /**
     * The report as the bot posts it on its own to the helpdesk channel: the title says so and how often ("Weekly
     * health report"), the line under it which period it is of.
     *
     * @param from the first day of the period
     */
    public static AdaptiveCard scheduled(Texts texts, HealthReport report, Instant now, Period every, LocalDate from) {
        return bind(
                texts,
                report,
                now,
                Optional.empty(),
                title(texts, every),
                texts.get("health.report.scheduled.period", texts.date(from)));
    }

    /** "Weekly health report", "Monthly …", "Quarterly …", else "Health report, every 10 days" (or months). */
    static String title(Texts texts, Period every) {
        long months = every.toTotalMonths();
        if (months == 0 && every.getDays() == 7) {
            return texts.get("health.report.scheduled.weekly");
        }
        if (months == 1) {
            return texts.get("health.report.scheduled.monthly");
        }
        if (months == 3) {
            return texts.get("health.report.scheduled.quarterly");
        }
        return months > 0
                ? texts.get("health.report.scheduled.months", months)
                : texts.get("health.report.scheduled.days", Math.max(1, every.getDays()));
    }

    private static AdaptiveCard bind(
            Texts texts, HealthReport report, Instant now, Optional<String> notice, String title, String period) {
        List<Fact> summary = new ArrayList<>();
        List<FindingRows.Section> findings = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            List<FindingRows.Row> rows = FindingRows.of(texts, kind, report);
            summary.add(new Fact(texts.get("health.kind." + kind), Integer.toString(rows.size())));
            if (rows.isEmpty()) {
                continue;
            }
            List<FindingRows.Button> actions = new ArrayList<>();
            if (rows.size() > FIRST) {
                actions.add(new FindingRows.Button(
                        Verb.HEALTH_MORE.id(),
                        texts.get("health.report.showAll", rows.size()),
                        FindingRows.data("finding", kind.name())));
            }
            if (kind == FindingKind.SIGN_IN_ENABLED && rows.size() > 1) {
                actions.add(blockAll(texts, report, rows.size()));
            }
            findings.add(FindingRows.section(
                    texts,
                    kind,
                    report.concerns(kind),
                    report.prices(),
                    rows.subList(0, Math.min(FIRST, rows.size())),
                    rows.size(),
                    actions));
        }
        return TEMPLATE.bind(
                new Data(
                        title,
                        period,
                        made(texts, report, now),
                        notice.orElse(""),
                        unread(texts, report.unread()),
                        report.isAllClear(),
                        summary,
                        findings),
                texts);
    }

    /** The input of a no-owner row's people picker: one per mailbox, so that each row's choice is its own. */
    public static String ownersInput(String mailboxId) {
        return "owners." + mailboxId;
    }

    /** "Made 3 minutes ago; 2,000 shared mailboxes checked." */
    static String made(Texts texts, HealthReport report, Instant now) {
        return texts.get(
                "health.report.made",
                texts.agoInMinutes(Duration.between(report.madeAt(), now)),
                String.format(texts.locale(), "%,d", report.checked()));
    }

    /** Block sign-in for every mailbox of the finding, as this report found them: the press names the report. */
    static FindingRows.Button blockAll(Texts texts, HealthReport report, int count) {
        return new FindingRows.Button(
                Verb.HEALTH_BLOCK_ALL.id(),
                texts.get("health.fix.blockAll", count),
                FindingRows.data("report", Long.toString(report.madeAt().toEpochMilli())));
    }

    private static String unread(Texts texts, List<MailboxEntry> unread) {
        if (unread.isEmpty()) {
            return "";
        }
        String names = unread.stream()
                .limit(UNREAD_NAMED)
                .map(entry -> FindingRows.cut(entry.displayName()))
                .collect(Collectors.joining(", "));
        if (unread.size() > UNREAD_NAMED) {
            names = texts.get("health.row.namesAndMore", names, unread.size() - UNREAD_NAMED);
        }
        return texts.get("health.report.unread", unread.size(), names);
    }
}
