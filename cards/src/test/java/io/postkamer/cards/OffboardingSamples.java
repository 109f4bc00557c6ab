package io.postkamer.cards;

import io.postkamer.cards.CardSamples.Sample;
import io.postkamer.cards.offboarding.OffboardingPlanCard;
import io.postkamer.cards.offboarding.OffboardingProgressCard;
import io.postkamer.cards.offboarding.OffboardingProgressCard.Line;
import io.postkamer.cards.offboarding.OffboardingProgressCard.Mark;
import java.util.List;
import java.util.Optional;

/** The offboarding's cards as the conversations fill them: the plan, a run under way, stopped, and done. */
final class OffboardingSamples {
    private static final String FLIP = "291d3957-a94a-4d01-b0be-52a317710a3d";

    private OffboardingSamples() {}

    static List<Sample> all() {
        return List.of(
                new Sample(
                        "offboard-plan",
                        "",
                        texts -> OffboardingPlanCard.render(
                                texts,
                                new OffboardingPlanCard.Plan(
                                        FLIP,
                                        "Flip Schoonen",
                                        "flip.schoonen@contoso.com · Medewerker receptie · 8.5 GB",
                                        Optional.of(new OffboardingPlanCard.Choice(
                                                "Pieter Jansen", "30b96472-e613-420d-86ac-ef13e529ee20")),
                                        texts.get(
                                                "offboard.reply.proposed",
                                                "Flip Schoonen",
                                                "Pieter Jansen",
                                                "pieter.jansen@contoso.com"),
                                        "Microsoft 365 E3",
                                        false,
                                        Optional.empty()),
                                8_000)),
                new Sample(
                        "offboard-plan",
                        "large-no-manager",
                        texts -> OffboardingPlanCard.render(
                                texts,
                                new OffboardingPlanCard.Plan(
                                        FLIP,
                                        "Henk Bakker",
                                        "henk.bakker@contoso.com · Inkoper · 62 GB",
                                        Optional.empty(),
                                        texts.get("offboard.reply.proposed.noManager", "Henk Bakker"),
                                        "Microsoft 365 E3",
                                        true,
                                        Optional.of(texts.get("problem.NOT_A_PERSON", "Marketing Team"))),
                                8_000)),
                new Sample("offboard-progress", "stopped", texts -> progress(texts, false, true)),
                new Sample("offboard-progress", "finished", texts -> progress(texts, true, false)));
    }

    private static AdaptiveCard progress(Texts texts, boolean finished, boolean stopped) {
        List<Line> lines = List.of(
                new Line(Mark.DONE, texts.get("offboard.step.BLOCK_SIGN_IN"), texts.get("offboard.result.DONE")),
                new Line(Mark.DONE, texts.get("offboard.step.SIGN_OUT"), texts.get("offboard.result.DONE")),
                new Line(Mark.DONE, texts.get("offboard.step.CONVERT"), texts.get("offboard.result.DONE")),
                new Line(
                        Mark.DONE,
                        texts.get("offboard.step.MANAGER_FULL_ACCESS", "Pieter Jansen"),
                        texts.get("offboard.result.DONE")),
                new Line(
                        Mark.NOT_ASKED,
                        texts.get("offboard.step.MANAGER_SEND_AS", "Pieter Jansen"),
                        texts.get("offboard.result.NOT_ASKED")),
                new Line(
                        stopped ? Mark.FAILED : Mark.DONE,
                        texts.get("offboard.step.AUTOMATIC_REPLY"),
                        stopped ? texts.get("problem.REMOTE_FAILURE.noAnswer", "Exchange Online") : ""),
                new Line(
                        finished ? Mark.NOT_ASKED : Mark.WAITING,
                        texts.get("offboard.step.HIDE"),
                        finished ? texts.get("offboard.result.NOT_ASKED") : ""),
                new Line(
                        finished ? Mark.DONE : Mark.WAITING,
                        texts.get("offboard.step.LICENCES"),
                        finished ? texts.get("offboard.result.LICENCES.DONE", "Microsoft 365 E3") : ""),
                new Line(
                        finished ? Mark.LEFT : Mark.WAITING,
                        texts.get("offboard.step.OWN_RIGHTS"),
                        finished
                                ? texts.get("offboard.result.OWN_RIGHTS.listed") + " Ontvangstgebouw 32 ("
                                        + texts.get("right.FULL_ACCESS.name") + ")"
                                : ""));
        return OffboardingProgressCard.render(
                texts,
                new OffboardingProgressCard.Progress(
                        7,
                        FLIP,
                        texts.get(
                                finished ? "offboard.progress.title.finished" : "offboard.progress.title.stopped",
                                "Flip Schoonen"),
                        texts.get(
                                "offboard.progress.intro",
                                "Megan Bowen",
                                texts.date(java.time.LocalDate.of(2026, 12, 5))),
                        Optional.empty(),
                        lines,
                        finished
                                ? texts.get("offboard.progress.summary.finished", "…", "…")
                                : texts.get(
                                        "offboard.progress.summary.stopped",
                                        texts.get("offboard.step.AUTOMATIC_REPLY"),
                                        texts.get("problem.REMOTE_FAILURE.noAnswer", "Exchange Online")),
                        finished,
                        stopped,
                        finished,
                        texts.get("offboard.action.open", "flip.schoonen@contoso.com")));
    }
}
