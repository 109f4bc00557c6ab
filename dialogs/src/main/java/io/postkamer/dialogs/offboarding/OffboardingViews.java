package io.postkamer.dialogs.offboarding;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.offboarding.OffboardingProgressCard;
import io.postkamer.cards.offboarding.OffboardingProgressCard.Line;
import io.postkamer.cards.offboarding.OffboardingProgressCard.Mark;
import io.postkamer.dialogs.offboarding.StepResult.HeldRight;
import io.postkamer.dialogs.offboarding.StepResult.Status;
import io.postkamer.mailbox.Right;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An offboarding as its progress card tells it, in the reader's language: one line per step, and what is left. */
final class OffboardingViews {
    private OffboardingViews() {}

    static AdaptiveCard progress(
            Texts texts, ZoneId zone, Offboarding o, String startedByName, Optional<String> notice) {
        List<Line> lines = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> left = new ArrayList<>();
        Optional<String> stoppedAt = Optional.empty();
        String stoppedWhy = "";
        for (OffboardingStep step : OffboardingStep.values()) {
            String name = stepName(texts, o, step);
            Optional<StepResult> result = o.result(step);
            if (result.isEmpty()) {
                lines.add(new Line(Mark.WAITING, name, ""));
                continue;
            }
            StepResult r = result.get();
            String detail = detail(texts, r);
            lines.add(new Line(mark(r.status()), name, detail));
            switch (r.status()) {
                case DONE, ALREADY_SO -> done.add(name);
                case LEFT -> left.add(name);
                case FAILED -> {
                    stoppedAt = Optional.of(name);
                    stoppedWhy = detail;
                }
                case NOT_ASKED -> {}
            }
        }
        String person = o.personName();
        boolean stopped = o.stopped();
        String title = o.isFinished()
                ? texts.get("offboard.progress.title.finished", person)
                : stopped
                        ? texts.get("offboard.progress.title.stopped", person)
                        : texts.get("offboard.progress.title.running", person);
        String nothing = texts.get("offboard.progress.summary.nothing");
        String summary = o.isFinished()
                ? texts.get(
                        "offboard.progress.summary.finished",
                        done.isEmpty() ? nothing : String.join(", ", done),
                        left.isEmpty() ? nothing : String.join(", ", left))
                : stoppedAt.isPresent()
                        ? texts.get("offboard.progress.summary.stopped", stoppedAt.get(), stoppedWhy)
                        : texts.get("offboard.progress.summary.running");
        boolean rightsListed = o.result(OffboardingStep.OWN_RIGHTS)
                .map(r -> r.status() == Status.LEFT && !r.rights().isEmpty())
                .orElse(false);
        return OffboardingProgressCard.render(
                texts,
                new OffboardingProgressCard.Progress(
                        o.id(),
                        o.mailboxId(),
                        title,
                        texts.get(
                                "offboard.progress.intro",
                                startedByName,
                                texts.dateTime(o.startedAt().atZone(zone))),
                        notice,
                        lines,
                        summary,
                        o.isFinished(),
                        stopped,
                        rightsListed && o.isFinished(),
                        texts.get("offboard.action.open", o.address())));
    }

    private static String stepName(Texts texts, Offboarding o, OffboardingStep step) {
        return switch (step) {
            case MANAGER_FULL_ACCESS, MANAGER_SEND_AS ->
                texts.get(
                        "offboard.step." + step,
                        o.plan().managerId().isPresent() ? o.plan().managerName() : texts.get("offboard.step.nobody"));
            default -> texts.get("offboard.step." + step);
        };
    }

    /** The result's words, with the rights found on other mailboxes ("Ontvangstgebouw 32: Full Access, Send As"). */
    private static String detail(Texts texts, StepResult r) {
        List<String> arguments = r.message().arguments();
        String words = r.message().in(texts);
        if (r.message().key().startsWith("offboard.result.OWN_RIGHTS")) {
            words = texts.get(r.message().key());
            if (!r.rights().isEmpty()) {
                words = words + " " + rights(texts, r.rights());
            }
            if (!arguments.isEmpty() && !arguments.get(0).isEmpty()) {
                words = words + " " + texts.get("offboard.result.unread", arguments.get(0));
            }
        }
        return words;
    }

    private static String rights(Texts texts, List<HeldRight> rights) {
        Map<String, List<Right>> byMailbox = new LinkedHashMap<>();
        rights.forEach(r -> byMailbox
                .computeIfAbsent(r.mailboxName(), name -> new ArrayList<>())
                .add(r.right()));
        return byMailbox.entrySet().stream()
                .map(e -> e.getKey() + " ("
                        + e.getValue().stream()
                                .map(right -> texts.get("right." + right + ".name"))
                                .collect(Collectors.joining(", "))
                        + ")")
                .collect(Collectors.joining("; "));
    }

    private static Mark mark(Status status) {
        return switch (status) {
            case DONE, ALREADY_SO -> Mark.DONE;
            case NOT_ASKED -> Mark.NOT_ASKED;
            case LEFT -> Mark.LEFT;
            case FAILED -> Mark.FAILED;
        };
    }
}
