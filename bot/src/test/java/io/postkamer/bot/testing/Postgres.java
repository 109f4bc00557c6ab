package io.postkamer.bot.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A real PostgreSQL server for tests, started from the test itself (no Docker needed). */
public final class Postgres {

    private Postgres() {}

    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    public static String jdbcUrl(EmbeddedPostgres postgres) {
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
