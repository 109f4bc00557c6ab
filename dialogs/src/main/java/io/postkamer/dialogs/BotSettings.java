package io.postkamer.dialogs;

import io.postkamer.mailbox.LicencePrices;
import java.time.Duration;

/**
 * Tunables of the conversations.
 *
 * @param firstPoll wait before the second readiness check of a new mailbox; doubles after each check,
 *     also between the checks made after the turn
 * @param maxPollInterval the longest wait between two checks
 * @param pollBudget how long one turn keeps checking before it answers "still being created"; the card
 *     is then changed in place when the mailbox is ready (Teams gives a bot about 15 seconds, and a
 *     person expects an answer much sooner)
 * @param pickerChoices how many people the member picker lists where the client cannot search
 * @param patience how long a person waits for an answer: a turn still waiting on the tenant then shows a
 *     card that says it is at it, which the answer replaces ({@link io.postkamer.dialogs.common.SlowTurn}), and a
 *     long change (a batch of grants) answers with its progress, updated in place until the change is done
 * @param followUpFor how long the bot keeps checking on its own after the turn (a new mailbox that takes
 *     long to provision); after that the card offers to check again
 * @param licencePrices what the organisation pays a month per licence, for the health report's cost of licences
 *     that are not needed; none configured: the report names the licences without a cost
 */
public record BotSettings(
        Duration firstPoll,
        Duration maxPollInterval,
        Duration pollBudget,
        int pickerChoices,
        Duration patience,
        Duration followUpFor,
        LicencePrices licencePrices) {
    /** Without licence prices. */
    public BotSettings(
            Duration firstPoll,
            Duration maxPollInterval,
            Duration pollBudget,
            int pickerChoices,
            Duration patience,
            Duration followUpFor) {
        this(firstPoll, maxPollInterval, pollBudget, pickerChoices, patience, followUpFor, LicencePrices.none());
    }

    public BotSettings withPatience(Duration wait) {
        return new BotSettings(firstPoll, maxPollInterval, pollBudget, pickerChoices, wait, followUpFor, licencePrices);
    }

    public BotSettings withLicencePrices(LicencePrices prices) {
        return new BotSettings(firstPoll, maxPollInterval, pollBudget, pickerChoices, patience, followUpFor, prices);
    }

    public static BotSettings defaults() {
        return new BotSettings(
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofSeconds(3),
                25,
                Duration.ofSeconds(4),
                Duration.ofMinutes(30));
    }
}
