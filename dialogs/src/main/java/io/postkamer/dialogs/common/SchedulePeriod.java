package io.postkamer.dialogs.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One period of something the bot does on its own once per period (a review of all shared mailboxes, the health
 * report in the helpdesk channel), counted from a fixed origin so that every instance counts the same periods; its
 * key is what a store makes unique, so that the period's work happens once across instances. A period of months
 * counts in months (its days are ignored); otherwise in days, at least one.
 *
 * @param every how often
 * @param from  the first day of this period (UTC)
 */
public record SchedulePeriod(Period every, LocalDate from) {
    /** The first day of the periods: fixed, so every instance, before and after a restart, counts the same. */
    static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1);

    /** The period {@code now} falls in. */
    public static SchedulePeriod containing(Period every, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long months = every.toTotalMonths();
        if (months > 0) {
            return new SchedulePeriod(
                    every, ORIGIN.plusMonths(ChronoUnit.MONTHS.between(ORIGIN, today) / months * months));
        }
        long days = Math.max(1, every.getDays());
        return new SchedulePeriod(every, ORIGIN.plusDays(ChronoUnit.DAYS.between(ORIGIN, today) / days * days));
    }

    /** "every P3M from 2026-10-01": the same on every instance for the same period. */
    public String key() {
        return "every " + every + " from " + from;
    }
}
