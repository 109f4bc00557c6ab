package io.postkamer.bot.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.Postgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mailbox owners in the database, on H2 and PostgreSQL: all of them in one read, as a health report asks. */
class JdbcMailboxOwnersTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private static JdbcMailboxOwners owners(String database) {
        DataSource source = Postgres.migrated(database, postgres);
        return new JdbcMailboxOwners(
                new JdbcTemplate(source), new TransactionTemplate(new DataSourceTransactionManager(source)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("every mailbox's owners in one read, by the mailbox's id in lower case; a mailbox whose owners were"
            + " removed is not there")
    void ownersByMailbox(String database) {
        JdbcMailboxOwners owners = owners(database);
        String facturen = "F-" + UUID.randomUUID();
        String receptie = "r-" + UUID.randomUUID();
        String cleared = "c-" + UUID.randomUUID();

        owners.setOwners(facturen, List.of("lotte", "ger"));
        owners.setOwners(receptie, List.of("megan"));
        owners.setOwners(cleared, List.of("flip"));
        owners.setOwners(cleared, List.of());

        Map<String, List<String>> all = owners.ownersByMailbox();
        assertThat(all.get(facturen.toLowerCase(java.util.Locale.ROOT))).containsExactly("ger", "lotte");
        assertThat(all.get(receptie)).containsExactly("megan");
        assertThat(all).doesNotContainKey(cleared);
    }
}
