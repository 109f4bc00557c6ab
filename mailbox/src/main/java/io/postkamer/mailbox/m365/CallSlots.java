package io.postkamer.mailbox.m365;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the next call to a service may be made, for everyone who shares the tenant's budget: the conversations of
 * one instance ({@link LocalCallSlots}) or of every instance on one database. The rate is kept by the generic cell
 * rate algorithm: one moment per service, the theoretical arrival time of the next call, moved on by one interval
 * per call; a burst of calls may come that much earlier.
 */
public interface CallSlots {

    /** Reserves the next call to the service: returns when it may be made (now, or a moment to wait for). */
    Instant reserve(String service, Rate rate, Instant now);

    /** The service said to wait: no call to it before {@code until}, for anyone. */
    void pauseUntil(String service, Rate rate, Instant until);

    /**
     * At most {@code perSecond} calls a second on average, and {@code burst} at once after a quiet spell.
     */
    record Rate(double perSecond, int burst) {
        public Rate {
            if (perSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("a rate needs calls per second > 0 and a burst >= 1");
            }
        }

        Duration interval() {
            return Duration.ofNanos((long) (1_000_000_000L / perSecond));
        }

        /** How much earlier than its turn a call may come: the rest of the burst. */
        Duration tolerance() {
            return interval().multipliedBy(burst - 1L);
        }

        /**
         * The call's moment and what becomes the next call's theoretical arrival, given the present one (none for a
         * service not called before).
         */
        public Reservation reserve(Optional<Instant> arrival, Instant now) {
            Instant theoretical = arrival.filter(at -> at.isAfter(now)).orElse(now);
            Instant allowed = theoretical.minus(tolerance());
            return new Reservation(allowed.isAfter(now) ? allowed : now, theoretical.plus(interval()));
        }

        /** The theoretical arrival that keeps every call until {@code until}, bursts included. */
        public Instant pausedArrival(Optional<Instant> arrival, Instant until) {
            Instant paused = until.plus(tolerance());
            return arrival.filter(at -> at.isAfter(paused)).orElse(paused);
        }
    }

    /** When a call may be made, and the next theoretical arrival to keep. */
    record Reservation(Instant at, Instant nextArrival) {}
}
