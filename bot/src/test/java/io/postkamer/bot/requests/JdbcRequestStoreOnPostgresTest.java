package io.postkamer.bot.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.Postgres;
import io.postkamer.dialogs.requests.AccessRequest;
import io.postkamer.dialogs.requests.ApplyState;
import io.postkamer.dialogs.requests.Decision;
import io.postkamer.dialogs.requests.NewAccessRequest;
import io.postkamer.dialogs.requests.RequestKind;
import io.postkamer.dialogs.requests.RequestState;
import io.postkamer.dialogs.requests.ScheduledJob;
import io.postkamer.mailbox.Right;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The guarded changes of the request store and the job table, on PostgreSQL. */
class JdbcRequestStoreOnPostgresTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    @DisplayName(
            "a request round-trips; decide, applied, assign and reminded each succeed once, and only while allowed")
    void guardedChanges() {
        JdbcRequestStore store = new JdbcRequestStore(jdbc);
        AccessRequest created = store.create(new NewAccessRequest(
                "flip",
                "Flip Schoonen",
                "r32",
                "Ontvangstgebouw 32",
                "receptie32@contoso.com",
                Set.of(Right.SEND_AS, Right.FULL_ACCESS),
                "Reception",
                Optional.of(LocalDate.of(2026, 12, 31)),
                List.of("pieter", "lotte"),
                NOW));
        assertThat(store.find(created.number())).contains(created);

        assertThat(store.assign(created.number(), "lotte", "Lotte de Vries")).isTrue();
        assertThat(store.markReminded(created.number(), NOW)).isTrue();
        assertThat(store.markReminded(created.number(), NOW.plusSeconds(1))).isFalse();
        assertThat(store.recordApplied(created.number(), ApplyState.APPLIED, "", NOW))
                .isFalse();
        Decision approve =
                new Decision(created.number(), RequestState.APPROVED, "pieter", "Pieter Jansen", NOW, Optional.empty());
        assertThat(store.decide(approve)).isTrue();
        assertThat(store.decide(approve)).isFalse();
        assertThat(store.assign(created.number(), "lotte", "Lotte de Vries")).isFalse();
        assertThat(store.recordApplied(created.number(), ApplyState.APPLIED, "", NOW))
                .isTrue();
        assertThat(store.recordApplied(created.number(), ApplyState.FAILED, "x", NOW))
                .isFalse();

        AccessRequest read = store.find(created.number()).orElseThrow();
        assertThat(read.state()).isEqualTo(RequestState.APPROVED);
        assertThat(read.applied()).isEqualTo(ApplyState.APPLIED);
        assertThat(read.assignedName()).contains("Lotte de Vries");
        assertThat(read.remindedAt()).contains(NOW);
        assertThat(read.orderedRights()).containsExactly(Right.FULL_ACCESS, Right.SEND_AS);
        assertThat(store.byRequester("flip")).extracting(AccessRequest::number).containsExactly(created.number());
        assertThat(store.pending()).isEmpty();
    }

    @Test
    @DisplayName(
            "a pending request handed on has that one approver, who may decide it; once decided it cannot be; approved new mailboxes are listed")
    void reassignAndApprovedNewMailboxes() {
        JdbcRequestStore store = new JdbcRequestStore(jdbc);
        AccessRequest access = store.create(new NewAccessRequest(
                "flip",
                "Flip Schoonen",
                "r32",
                "Ontvangstgebouw 32",
                "receptie32@contoso.com",
                Set.of(Right.SEND_AS),
                "Reception",
                Optional.empty(),
                List.of("pieter"),
                NOW));
        assertThat(store.assign(access.number(), "lotte", "Lotte de Vries")).isTrue();
        assertThat(store.reassign(access.number(), "ger")).isTrue();
        AccessRequest handedOn = store.find(access.number()).orElseThrow();
        assertThat(handedOn.approverIds()).containsExactly("ger");
        assertThat(handedOn.isReassignedTo("ger")).isTrue();
        assertThat(handedOn.assignedName()).as("who took it on stays").contains("Lotte de Vries");
        assertThat(store.decide(new Decision(
                        access.number(), RequestState.REJECTED, "ger", "Ger Verbeek", NOW, Optional.of("no"))))
                .isTrue();
        assertThat(store.reassign(access.number(), "anouk")).isFalse();

        AccessRequest marketing = store.create(new NewAccessRequest(
                "flip",
                "Flip Schoonen",
                "",
                "Afdeling Marketing",
                "",
                Set.of(),
                "Campaign mail",
                Optional.empty(),
                List.of("pieter"),
                NOW,
                RequestKind.NEW_MAILBOX,
                List.of("ger")));
        assertThat(store.approvedNewMailboxes())
                .extracting(AccessRequest::number)
                .doesNotContain(marketing.number());
        store.decide(new Decision(
                marketing.number(), RequestState.APPROVED, "pieter", "Pieter Jansen", NOW, Optional.empty()));
        assertThat(store.approvedNewMailboxes())
                .extracting(AccessRequest::number)
                .contains(marketing.number());
    }

    @Test
    @DisplayName("a due job is claimed by one claimant; an abandoned claim is due again after the lease")
    void jobsClaimedOnce() {
        JdbcScheduledJobs jobs = new JdbcScheduledJobs(jdbc);
        jobs.schedule(900, ScheduledJob.Kind.REVOKE, NOW);
        jobs.schedule(900, ScheduledJob.Kind.REVOKE, NOW.plusSeconds(60));
        assertThat(jobs.claimDue(NOW.minusSeconds(1), "a", Duration.ofMinutes(10), 10))
                .isEmpty();
        assertThat(jobs.claimDue(NOW, "a", Duration.ofMinutes(10), 10))
                .extracting(ScheduledJob::number)
                .containsExactly(900L);
        assertThat(jobs.claimDue(NOW.plusSeconds(5), "b", Duration.ofMinutes(10), 10))
                .isEmpty();
        List<ScheduledJob> again = jobs.claimDue(NOW.plus(Duration.ofMinutes(11)), "b", Duration.ofMinutes(10), 10);
        assertThat(again).extracting(ScheduledJob::attempts).containsExactly(2);
        jobs.finish(again.get(0).id(), "a", true, "", NOW);
        jobs.finish(again.get(0).id(), "b", true, "", NOW);
        assertThat(jobs.claimDue(NOW.plus(Duration.ofHours(5)), "c", Duration.ofMinutes(10), 10))
                .isEmpty();
    }
}
