package io.postkamer.dialogs;

import java.time.Duration;

/**
 * Tunables of the conversations.
 *
 * @param firstPoll wait before the second readiness check of a new mailbox; doubles after each check
 * @param maxPollInterval the longest wait between two checks
 * @param pollBudget how long one turn keeps checking before it shows "still being created" (Teams
 *     gives a bot about 15 seconds to answer)
 * @param pickerChoices how many people the member picker lists where the client cannot search
 */
public record BotSettings(Duration firstPoll, Duration maxPollInterval, Duration pollBudget, int pickerChoices) {
    public static BotSettings defaults() {
        return new BotSettings(Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(9), 25);
    }
}
