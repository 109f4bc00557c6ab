package io.postkamer.dialogs.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The periods of what the bot does on its own, as every instance counts them. */
class SchedulePeriodTest {

    @Test
    @DisplayName("weeks count from Thursday 1 January 2026: a week's key is the same all week and changes at its end")
    void weeks() {
        Period week = Period.parse("P7D");

        assertThat(SchedulePeriod.containing(week, Instant.parse("2026-11-19T00:00:00Z"))
                        .key())
                .isEqualTo("every P7D from 2026-11-19");
        assertThat(SchedulePeriod.containing(week, Instant.parse("2026-11-25T23:59:59Z"))
                        .key())
                .isEqualTo("every P7D from 2026-11-19");
        assertThat(SchedulePeriod.containing(week, Instant.parse("2026-11-26T00:00:00Z"))
                        .from())
                .hasToString("2026-11-26");
    }

    @Test
    @DisplayName("months and quarters count from 1 January 2026, their keys as the scheduled access review keeps them")
    void monthsAndQuarters() {
        assertThat(SchedulePeriod.containing(Period.ofMonths(3), Instant.parse("2026-12-05T09:00:00Z"))
                        .key())
                .isEqualTo("every P3M from 2026-10-01");
        assertThat(SchedulePeriod.containing(Period.ofMonths(1), Instant.parse("2027-02-28T09:00:00Z"))
                        .key())
                .isEqualTo("every P1M from 2027-02-01");
        assertThat(SchedulePeriod.containing(Period.ZERO, Instant.parse("2026-03-04T09:00:00Z"))
                        .key())
                .as("a period of nothing counts as a day")
                .isEqualTo("every P0D from 2026-03-04");
    }
}
