package io.postkamer.bot.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.postkamer.bot.backend.JdbcCallSlots;
import io.postkamer.bot.delivery.JdbcSendLedger;
import io.postkamer.bot.delivery.RateLimits;
import io.postkamer.bot.testing.Postgres;
import io.postkamer.mailbox.m365.CallSlots;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances on one PostgreSQL keep Microsoft's limits together, not each on its own: the tenant's call rate
 * and a Retry-After (through {@link JdbcCallSlots}), and Teams' per-conversation message windows (through
 * {@link JdbcSendLedger}). Each instance has its own connection pool, as two processes would.
 */
class SharedLimitsOnPostgresTest {
    private static EmbeddedPostgres postgres;
    private static final List<HikariDataSource> POOLS = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        POOLS.forEach(HikariDataSource::close);
        postgres.close();
    }

    private static JdbcTemplate instance() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(Postgres.jdbcUrl(postgres));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(8);
        POOLS.add(pool);
        return new JdbcTemplate(pool);
    }

    private <T> List<T> atOnce(int times, List<Supplier<T>> ways) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            futures.add(threads.submit(ways.get(i % ways.size())::get));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    @Test
    @DisplayName("twenty calls from two instances at five a second, burst two: spaced as one budget, not two")
    void callRateHoldsAcrossInstances() throws Exception {
        CallSlots one = new JdbcCallSlots(instance());
        CallSlots two = new JdbcCallSlots(instance());
        CallSlots.Rate rate = new CallSlots.Rate(5, 2);
        Instant now = Instant.now();

        List<Instant> slots = new ArrayList<>(atOnce(
                20, List.of(() -> one.reserve("exchange-a", rate, now), () -> two.reserve("exchange-a", rate, now))));
        Collections.sort(slots);

        for (int i = 0; i < slots.size(); i++) {
            // After the burst of two, one call each 200 ms: what one instance alone would also allow.
            Duration earliest = Duration.ofMillis(200L * Math.max(0, i - 1)).minusMillis(1);
            assertThat(Duration.between(now, slots.get(i))).as("call %d", i).isGreaterThanOrEqualTo(earliest);
        }
        assertThat(Duration.between(now, slots.get(19))).isLessThan(Duration.ofMillis(3_700));
    }

    @Test
    @DisplayName("a Retry-After one instance received holds the other instance's calls too")
    void retryAfterHoldsAcrossInstances() {
        CallSlots one = new JdbcCallSlots(instance());
        CallSlots two = new JdbcCallSlots(instance());
        CallSlots.Rate rate = new CallSlots.Rate(100, 10);
        Instant now = Instant.now();

        one.pauseUntil("graph-b", rate, now.plusSeconds(2));

        assertThat(two.reserve("graph-b", rate, now)).isAfterOrEqualTo(now.plusSeconds(2));
        assertThat(one.reserve("graph-b", rate, now)).isAfterOrEqualTo(now.plusSeconds(2));
    }

    @Test
    @DisplayName("thirty messages into one conversation from two instances keep Teams' windows together")
    void teamsWindowsHoldAcrossInstances() throws Exception {
        RateLimits teams = RateLimits.teams();
        JdbcSendLedger one = ledger(teams);
        JdbcSendLedger two = ledger(teams);
        Instant now = Instant.now();

        List<Instant> sends = new ArrayList<>(atOnce(
                30,
                List.of(
                        () -> one.reserve("19:chat-c", now).at(),
                        () -> two.reserve("19:chat-c", now).at())));
        Collections.sort(sends);

        for (RateLimits.Window window : teams.windows()) {
            for (Instant start : sends) {
                Instant end = start.plus(window.length());
                long within = sends.stream()
                        .filter(at -> !at.isBefore(start) && at.isBefore(end))
                        .count();
                assertThat(within)
                        .as("messages within %s from %s", window.length(), start)
                        .isLessThanOrEqualTo(window.messages());
            }
        }
    }

    private JdbcSendLedger ledger(RateLimits limits) {
        JdbcTemplate jdbc = instance();
        TransactionTemplate transaction =
                new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        return new JdbcSendLedger(jdbc, transaction, limits);
    }
}
