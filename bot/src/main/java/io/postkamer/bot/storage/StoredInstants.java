package io.postkamer.bot.storage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Moments kept in the database as microseconds since the epoch, the finest both H2 and PostgreSQL keep. */
public final class StoredInstants {
    private StoredInstants() {}

    /** Rounded up: a moment kept is never earlier than the one computed. */
    public static long micros(Instant at) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return at.getNano() % 1_000 == 0 ? micros : micros + 1;
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
