package io.postkamer.dialogs.health;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.FollowUps;
import io.postkamer.dialogs.common.HandOver;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.TypedText;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.requests.MailboxOwners;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * "health report", "gezondheidsrapport": the health of the tenant's shared mailboxes for administrators, its
 * findings' pages and its fixes. The report's buttons, whatever else the conversation is doing.
 */
public final class HealthReports {
    private static final Pattern ASKED = Pattern.compile(
            "^(?:show\\s+(?:me\\s+)?(?:the\\s+)?)?(?:shared\\s+mailbox(?:es)?\\s+)?health(?:\\s+(?:report|check))?"
                    + "(?:\\s+of\\s+(?:the\\s+)?shared\\s+mailboxes)?$"
                    + "|^(?:toon\\s+(?:het\\s+)?)?gezondheidsrapport(?:\\s+van\\s+de\\s+gedeelde\\s+postvakken)?$"
                    + "|^(?:toon\\s+(?:de\\s+)?)?gezondheid\\s+van\\s+de\\s+gedeelde\\s+postvakken$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ReportScreen screen;
    private final HealthFixes fixes;
    private final BlockAll blockAll;
    private final GroupAccessFix groupAccess;
    private final OwnersFix ownersFix;

    public HealthReports(
            MailboxCalls calls, BotSettings settings, Clock clock, MailboxOwners owners, FollowUps followUps) {
        HealthScans scans = new HealthScans(calls, clock);
        HandOver handOver = HandOver.withinTurn(followUps, settings.patience());
        this.screen = new ReportScreen(calls, scans, owners, settings.licencePrices(), handOver, clock);
        FixFlow flow = new FixFlow(calls, scans, screen);
        this.fixes = new HealthFixes(flow, settings.licencePrices());
        this.blockAll = new BlockAll(calls, scans, screen, handOver);
        this.groupAccess = new GroupAccessFix(flow);
        this.ownersFix = new OwnersFix(flow, owners);
    }

    /** The report's buttons. */
    public boolean handlesAction(UserInput input) {
        return input.action()
                .filter(verb -> verb.feature() == Verb.Feature.HEALTH)
                .isPresent();
    }

    /** "health report", "shared mailbox health", "gezondheidsrapport", "toon het gezondheidsrapport". */
    public boolean handlesText(UserInput input) {
        return input.isText() && ASKED.matcher(TypedText.normal(input.text())).matches();
    }

    public CompletableFuture<Void> answer(TurnContext turn, UserInput input) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        String actor = Actor.idOf(turn);
        if (input.isText()) {
            return screen.show(turn, texts, actor, input);
        }
        return switch (input.action().orElseThrow()) {
            case HEALTH_REPORT -> screen.show(turn, texts, actor, input);
            case HEALTH_MORE -> screen.finding(turn, texts, actor, input);
            case HEALTH_BLOCK -> fixes.block(turn, texts, actor, input);
            case HEALTH_BLOCK_ALL -> blockAll.press(turn, texts, actor, input);
            case HEALTH_REMOVE_LICENCE -> fixes.removeLicence(turn, texts, actor, input);
            case HEALTH_REMOVE_PERMISSION -> fixes.removePermission(turn, texts, actor, input);
            case HEALTH_SHOW -> fixes.show(turn, texts, actor, input);
            case HEALTH_GROUP_MEMBERS -> groupAccess.press(turn, texts, actor, input);
            case HEALTH_SET_OWNERS -> ownersFix.press(turn, texts, actor, input);
            default -> throw new IllegalArgumentException("not a verb of the health report: " + input.verb());
        };
    }
}
