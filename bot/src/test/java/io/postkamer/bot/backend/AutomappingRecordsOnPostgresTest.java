package io.postkamer.bot.backend;

import static io.postkamer.mailbox.Contoso.BRAM;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.postkamer.bot.testing.Postgres;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.Microsoft365MailboxService;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The automapping the bot set is kept in the database every instance shares: what one instance granted, the other
 * says, and a grant gone is forgotten for both.
 */
class AutomappingRecordsOnPostgresTest {
    private static EmbeddedPostgres postgres;
    private static final List<HikariDataSource> POOLS = new ArrayList<>();
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(DemoTenant.contoso());

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

    @AfterEach
    void stopStandIn() {
        m365.close();
    }

    private Microsoft365MailboxService instance() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(Postgres.jdbcUrl(postgres));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(4);
        POOLS.add(pool);
        return Microsoft365MailboxService.builder(m365.settings())
                .httpClient(m365.httpClient())
                .autoMappingRecords(new JdbcAutoMappingRecords(new JdbcTemplate(pool)))
                .build();
    }

    private static AutoMapping fullAccessOf(Microsoft365MailboxService service, String member) {
        return service.delegates(RECEPTIE32).stream()
                .filter(grant -> grant.trusteeId().equals(member) && grant.right() == Right.FULL_ACCESS)
                .map(PermissionGrant::autoMapping)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "what one instance set the other says; a grant removed is forgotten by both; granted elsewhere, unknown")
    void sharedAcrossInstances() {
        Microsoft365MailboxService a = instance();
        Microsoft365MailboxService b = instance();

        a.grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, false);
        assertThat(fullAccessOf(b, BRAM)).isEqualTo(AutoMapping.OFF);
        assertThat(fullAccessOf(b, GER)).isEqualTo(AutoMapping.UNKNOWN);

        b.revoke(RECEPTIE32, BRAM, Right.FULL_ACCESS);
        m365.tenant().grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, true);
        assertThat(fullAccessOf(a, BRAM)).as("given again outside the bot").isEqualTo(AutoMapping.UNKNOWN);
    }

    @Test
    @DisplayName("the same grant recorded by many threads at once is one row with the last value")
    void recordedAtOnce() throws Exception {
        JdbcAutoMappingRecords records = new JdbcAutoMappingRecords(new JdbcTemplate(postgres.getPostgresDatabase()));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            writes.add(threads.submit(() -> records.record("Mailbox-A", "Member-B", true)));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        threads.shutdown();

        assertThat(records.ofMailbox("mailbox-a")).containsExactly(Map.entry("member-b", true));
        records.forget("MAILBOX-A", "member-b");
        assertThat(records.of("mailbox-a", "member-b")).isEmpty();
    }
}
