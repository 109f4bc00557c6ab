package io.postkamer.bot.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

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

    /**
     * A database with the application's migrations applied and nothing else: a fresh in-memory H2 ({@code "h2"}), or
     * this server's public schema emptied first ({@code "postgresql"}).
     */
    public static DataSource migrated(String database, EmbeddedPostgres postgres) {
        DataSource source;
        if (database.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            source = h2;
        } else {
            source = postgres.getPostgresDatabase();
            new JdbcTemplate(source).execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return source;
    }

    public static String jdbcUrl(EmbeddedPostgres postgres) {
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
