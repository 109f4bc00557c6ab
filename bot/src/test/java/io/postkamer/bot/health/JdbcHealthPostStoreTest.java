package io.postkamer.bot.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.Postgres;
import io.postkamer.bot.testing.Racing;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The health reports' posts in the database, on H2 (one instance) and PostgreSQL (many): of sixteen instances
 * claiming one period at once one gets it, another takes it over only once the lease ran out, and a period is marked
 * posted once, by its claimant, after which nobody claims it again.
 */
class JdbcHealthPostStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final String WEEK = "every P7D from 2026-12-03";
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

    private static JdbcHealthPostStore store(String database) {
        return new JdbcHealthPostStore(new JdbcTemplate(Postgres.migrated(database, postgres)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("of sixteen instances claiming one period at once one gets it; another takes it only after the lease")
    void oneClaimant(String database) throws Exception {
        JdbcHealthPostStore store = store(database);
        long won = Racing.winners(16, i -> () -> store.claim(WEEK, "instance-" + i, NOW, LEASE));

        assertThat(won).isEqualTo(1);
        assertThat(store.claim(WEEK, "late", NOW.plus(LEASE).minusSeconds(1), LEASE))
                .isFalse();
        assertThat(store.claim("every P7D from 2026-12-10", "late", NOW, LEASE))
                .as("another period is claimed on its own")
                .isTrue();
        assertThat(store.claim(WEEK, "after-restart", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .isTrue();
        assertThat(store.isPosted(WEEK)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("a period is marked posted once and by its claimant only; then nobody claims it, not even after the"
            + " lease")
    void postedOnce(String database) {
        JdbcHealthPostStore store = store(database);
        assertThat(store.claim(WEEK, "a", NOW, LEASE)).isTrue();
        assertThat(store.claim(WEEK, "a", NOW.plusSeconds(60), LEASE))
                .as("the claimant renews its own claim")
                .isTrue();

        assertThat(store.markPosted(WEEK, "b", NOW)).isFalse();
        assertThat(store.isPosted(WEEK)).isFalse();
        assertThat(store.markPosted(WEEK, "a", NOW.plusSeconds(90))).isTrue();
        assertThat(store.markPosted(WEEK, "a", NOW.plusSeconds(91))).isFalse();
        assertThat(store.isPosted(WEEK)).isTrue();

        assertThat(store.claim(WEEK, "a", NOW.plusSeconds(120), LEASE)).isFalse();
        assertThat(store.claim(WEEK, "b", NOW.plus(LEASE).plus(LEASE), LEASE)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("an instance whose lease ran out and was taken over can no longer renew it nor mark it posted")
    void takenOver(String database) {
        JdbcHealthPostStore store = store(database);
        store.claim(WEEK, "slow", NOW, LEASE);
        assertThat(store.claim(WEEK, "other", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .isTrue();

        assertThat(store.claim(WEEK, "slow", NOW.plus(LEASE).plusSeconds(2), LEASE))
                .isFalse();
        assertThat(store.markPosted(WEEK, "slow", NOW.plus(LEASE).plusSeconds(3)))
                .isFalse();
        assertThat(store.markPosted(WEEK, "other", NOW.plus(LEASE).plusSeconds(4)))
                .isTrue();
    }
}
