package io.postkamer.bot.storage;

import io.postkamer.bot.testing.Postgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on a real PostgreSQL server. */
class PostgresJdbcStorageTest extends JdbcStorageContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = Postgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    protected DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }
}
