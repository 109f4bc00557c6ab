package io.postkamer.mailbox.m365;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The calls of one instance: the conversations of this process share them. */
public final class LocalCallSlots implements CallSlots {
    private final Map<String, Instant> arrivals = new ConcurrentHashMap<>();

    @Override
    public Instant reserve(String service, Rate rate, Instant now) {
        Instant[] at = new Instant[1];
        arrivals.compute(service, (name, arrival) -> {
            Reservation reservation = rate.reserve(Optional.ofNullable(arrival), now);
            at[0] = reservation.at();
            return reservation.nextArrival();
        });
        return at[0];
    }

    @Override
    public void pauseUntil(String service, Rate rate, Instant until) {
        arrivals.compute(service, (name, arrival) -> rate.pausedArrival(Optional.ofNullable(arrival), until));
    }
}
