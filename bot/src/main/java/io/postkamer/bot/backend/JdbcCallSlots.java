package io.postkamer.bot.backend;

import io.postkamer.bot.storage.StoredInstants;
import io.postkamer.mailbox.m365.CallSlots;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tenant's call budget kept in the database every instance shares: each call moves the service's theoretical
 * arrival on with a compare-and-set, tried again when another instance moved it first, so that all instances
 * together keep one rate, and a Retry-After one of them received holds for all.
 */
public final class JdbcCallSlots implements CallSlots {
    private final JdbcTemplate jdbc;

    public JdbcCallSlots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Instant reserve(String service, Rate rate, Instant now) {
        Instant[] at = new Instant[1];
        move(service, arrival -> {
            Reservation reservation = rate.reserve(arrival, now);
            at[0] = reservation.at();
            return reservation.nextArrival();
        });
        return at[0];
    }

    @Override
    public void pauseUntil(String service, Rate rate, Instant until) {
        move(service, arrival -> rate.pausedArrival(arrival, until));
    }

    private void move(String service, Function<Optional<Instant>, Instant> next) {
        while (true) {
            List<Long> stored =
                    jdbc.queryForList("SELECT next_arrival FROM call_slot WHERE service = ?", Long.class, service);
            if (stored.isEmpty()) {
                try {
                    jdbc.update(
                            "INSERT INTO call_slot (service, next_arrival) VALUES (?, ?)",
                            service,
                            StoredInstants.micros(next.apply(Optional.empty())));
                    return;
                } catch (DuplicateKeyException anotherInstanceFirst) {
                    continue;
                }
            }
            long before = stored.get(0);
            long after = StoredInstants.micros(next.apply(Optional.of(StoredInstants.instant(before))));
            if (jdbc.update(
                            "UPDATE call_slot SET next_arrival = ? WHERE service = ? AND next_arrival = ?",
                            after,
                            service,
                            before)
                    == 1) {
                return;
            }
        }
    }
}
