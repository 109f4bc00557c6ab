package io.postkamer.cards.offboarding;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;
import java.util.Optional;

/**
 * How far an offboarding is, changed in place as it goes: one line per step with what came of it, what was left and
 * why, and Resume when a step failed for a reason that may pass.
 */
public final class OffboardingProgressCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("offboard-progress");

    /** How a step stands, shown as a mark and a colour. */
    public enum Mark {
        DONE("✓", "Good"),
        NOT_ASKED("–", "Default"),
        LEFT("!", "Warning"),
        FAILED("✗", "Attention"),
        WAITING("…", "Default");

        final String symbol;
        final String color;

        Mark(String symbol, String color) {
            this.symbol = symbol;
            this.color = color;
        }
    }

    /** One step: what it is in words, how it stands, and any detail (the reason, what was found). */
    public record Line(Mark mark, String step, String detail) {}

    record Shown(String mark, String color, String step, String detail) {}

    /**
     * @param finished every step is settled
     * @param canResume a step failed for a reason that may pass
     * @param canRemoveRights the person's rights elsewhere were listed, not removed
     */
    public record Progress(
            long id,
            String mailboxId,
            String title,
            String intro,
            Optional<String> notice,
            List<Line> lines,
            String summary,
            boolean finished,
            boolean canResume,
            boolean canRemoveRights,
            String open) {}

    record Data(
            long id,
            String mailbox,
            String title,
            String intro,
            boolean hasNotice,
            String notice,
            List<Shown> lines,
            String summary,
            boolean finished,
            boolean canResume,
            boolean canRemoveRights,
            String open) {}

    private OffboardingProgressCard() {}

    public static AdaptiveCard render(Texts texts, Progress p) {
        return TEMPLATE.bind(
                new Data(
                        p.id(),
                        p.mailboxId(),
                        p.title(),
                        p.intro(),
                        p.notice().isPresent(),
                        p.notice().orElse(""),
                        p.lines().stream()
                                .map(l -> new Shown(l.mark().symbol, l.mark().color, l.step(), l.detail()))
                                .toList(),
                        p.summary(),
                        p.finished(),
                        p.canResume(),
                        p.canRemoveRights(),
                        p.open()),
                texts);
    }
}
