package io.postkamer.cards.offboarding;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;
import java.util.Optional;

/**
 * What an offboarding will do, in order, before anything is done: the manager who gets the mailbox (changeable), Send
 * As for them, the automatic reply (proposed, editable), hiding, the licences and the person's own rights elsewhere.
 */
public final class OffboardingPlanCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("offboard-plan");

    /** The picker's value for giving nobody access: a choice needs a value of its own. */
    public static final String NOBODY = "nobody";

    /** A person offered in the picker. */
    public record Choice(String title, String value) {}

    /**
     * @param facts    "flip.schoonen@contoso.com · Medewerker receptie · 8.5 GB", in words
     * @param manager  the person proposed, from the directory
     * @param licences the licences' product names, empty when there are none
     * @param keepsLicence whether the mailbox still needs a licence as a shared one (over 50 GB, archive, hold)
     */
    public record Plan(
            String mailboxId,
            String personName,
            String facts,
            Optional<Choice> manager,
            String reply,
            String licences,
            boolean keepsLicence,
            Optional<String> error) {}

    record Data(
            String title,
            String facts,
            String mailbox,
            List<Choice> managerChoices,
            String manager,
            String reply,
            int maxReply,
            String licences,
            String licencesNote,
            String start,
            boolean hasError,
            String error) {}

    private OffboardingPlanCard() {}

    /** The manager proposed, and nobody: the picker needs a choice of its own, and giving nobody access is one. */
    private static List<Choice> choices(Texts texts, Optional<Choice> manager) {
        Choice nobody = new Choice(texts.get("offboard.plan.manager.nobody"), NOBODY);
        return manager.map(m -> List.of(m, nobody)).orElse(List.of(nobody));
    }

    public static AdaptiveCard render(Texts texts, Plan plan, int maxReply) {
        String licences = plan.licences().isEmpty()
                ? texts.get("offboard.plan.licences.none")
                : texts.get("offboard.plan.licences", plan.licences());
        String note = plan.keepsLicence()
                ? texts.get("offboard.plan.licences.needed")
                : texts.get("offboard.plan.licences.why");
        return TEMPLATE.bind(
                new Data(
                        texts.get("offboard.plan.title", plan.personName()),
                        plan.facts(),
                        plan.mailboxId(),
                        choices(texts, plan.manager()),
                        plan.manager().map(Choice::value).orElse(NOBODY),
                        plan.reply(),
                        maxReply,
                        licences,
                        note,
                        texts.get("offboard.action.start", plan.personName()),
                        plan.error().isPresent(),
                        plan.error().orElse("")),
                texts);
    }
}
