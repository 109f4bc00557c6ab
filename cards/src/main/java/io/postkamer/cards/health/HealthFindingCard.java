package io.postkamer.cards.health;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding of a health report in full, {@value #PAGE} rows a page, each with its fix: the report's "show all"
 * for a finding with more rows than the report shows.
 */
public final class HealthFindingCard {
    static final int PAGE = 10;

    private static final CardTemplate TEMPLATE = CardTemplate.named("health-finding");

    record Data(String made, String page, FindingRows.Section finding) {}

    private HealthFindingCard() {}

    /** The page (from 0) of the finding's rows; a page past the last shows the last. */
    public static AdaptiveCard render(Texts texts, HealthReport report, FindingKind kind, int page, Instant now) {
        List<FindingRows.Row> rows = FindingRows.of(texts, kind, report);
        int pages = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<FindingRows.Button> actions = new ArrayList<>();
        if (shown + 1 < pages) {
            actions.add(new FindingRows.Button(
                    Verb.HEALTH_MORE.id(),
                    texts.get("health.finding.next"),
                    FindingRows.data("finding", kind.name()).put("page", Integer.toString(shown + 1))));
        }
        if (kind == FindingKind.SIGN_IN_ENABLED && rows.size() > 1) {
            actions.add(HealthReportCard.blockAll(texts, report, rows.size()));
        }
        List<FindingRows.Row> onPage =
                rows.subList(Math.min(rows.size(), shown * PAGE), Math.min(rows.size(), (shown + 1) * PAGE));
        FindingRows.Section finding =
                FindingRows.section(texts, kind, report.concerns(kind), report.prices(), onPage, rows.size(), actions);
        return TEMPLATE.bind(
                new Data(
                        HealthReportCard.made(texts, report, now),
                        texts.get("health.finding.page", shown + 1, pages),
                        new FindingRows.Section(finding.title(), finding.why(), finding.cost(), onPage, "", actions)),
                texts);
    }
}
