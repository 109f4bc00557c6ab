package io.postkamer.bot.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.Postgres;
import io.postkamer.bot.testing.Racing;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.offboarding.Offboarding;
import io.postkamer.dialogs.offboarding.OffboardingPlan;
import io.postkamer.dialogs.offboarding.OffboardingStep;
import io.postkamer.dialogs.offboarding.OffboardingStore;
import io.postkamer.dialogs.offboarding.StepResult;
import io.postkamer.mailbox.Right;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/**
 * Offboardings in the database, on H2 (one instance) and PostgreSQL (many): one unfinished offboarding per mailbox
 * however many presses start it at once, one caller runs it at a time, and only that caller's results count.
 */
class JdbcOffboardingStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final OffboardingPlan PLAN = new OffboardingPlan(
            Optional.of("pieter"), "Pieter Jansen", true, Optional.of("Gone; write to Pieter."), false, true, false);
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

    private static JdbcOffboardingStore store(String database) {
        DataSource source = Postgres.migrated(database, postgres);
        return new JdbcOffboardingStore(
                new JdbcTemplate(source), new TransactionTemplate(new DataSourceTransactionManager(source)));
    }

    private static OffboardingStore.NewOffboarding flip() {
        return new OffboardingStore.NewOffboarding(
                "FLIP-ID", "Flip Schoonen", "flip.schoonen@contoso.com", PLAN, "megan", NOW);
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("sixteen presses starting the same offboarding at once make one")
    void oneUnfinishedPerMailbox(String database) throws Exception {
        JdbcOffboardingStore store = store(database);
        List<Long> ids = Racing.answers(16, i -> () -> store.start(flip()).id());

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(store.recent(10)).hasSize(1);
        assertThat(store.unfinishedFor("flip-id")).map(Offboarding::id).contains(ids.get(0));
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("of sixteen callers claiming a run at once one gets it; another takes over only after the lease")
    void oneRunner(String database) throws Exception {
        JdbcOffboardingStore store = store(database);
        long id = store.start(flip()).id();
        long won = Racing.winners(16, i -> () -> store.claim(id, "instance-" + i, NOW, LEASE));

        assertThat(won).isEqualTo(1);
        assertThat(store.claim(id, "late", NOW.plusSeconds(60), LEASE)).isFalse();
        assertThat(store.claim(id, "after-restart", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("results are kept as written, rights and messages included; another caller's are not; finished once")
    void resultsAndFinish(String database) {
        JdbcOffboardingStore store = store(database);
        long id = store.start(flip()).id();
        assertThat(store.claim(id, "a", NOW, LEASE)).isTrue();
        StepResult listed = new StepResult(
                StepResult.Status.LEFT,
                Message.of("offboard.result.OWN_RIGHTS.listed", ""),
                List.of(new StepResult.HeldRight("R32", "Ontvangstgebouw 32", Right.SEND_AS)),
                NOW);
        store.record(
                id,
                "a",
                OffboardingStep.BLOCK_SIGN_IN,
                StepResult.of(StepResult.Status.DONE, NOW, "offboard.result.DONE"));
        store.record(id, "a", OffboardingStep.OWN_RIGHTS, listed);
        store.record(
                id, "b", OffboardingStep.CONVERT, StepResult.of(StepResult.Status.DONE, NOW, "offboard.result.DONE"));

        Offboarding kept = store.find(id).orElseThrow();
        assertThat(kept.plan()).isEqualTo(PLAN);
        assertThat(kept.result(OffboardingStep.OWN_RIGHTS)).contains(listed);
        assertThat(kept.settled(OffboardingStep.BLOCK_SIGN_IN)).isTrue();
        assertThat(kept.result(OffboardingStep.CONVERT)).isEmpty();

        store.finish(id, "b", NOW);
        assertThat(store.find(id).orElseThrow().isFinished()).isFalse();
        store.finish(id, "a", NOW);
        assertThat(store.find(id).orElseThrow().finishedAt()).contains(NOW);
        assertThat(store.unfinishedFor("FLIP-ID")).isEmpty();
        assertThat(store.start(flip()).id())
                .as("a new offboarding after the last one finished")
                .isNotEqualTo(id);
        assertThat(store.latestFor("flip-id").orElseThrow().id()).isNotEqualTo(id);
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("a new plan by the claimant takes one step back and opens the offboarding again")
    void replan(String database) {
        JdbcOffboardingStore store = store(database);
        long id = store.start(flip()).id();
        store.claim(id, "a", NOW, LEASE);
        store.record(id, "a", OffboardingStep.OWN_RIGHTS, StepResult.of(StepResult.Status.LEFT, NOW, "x"));
        store.finish(id, "a", NOW);
        store.claim(id, "a", NOW, LEASE);

        store.replan(id, "a", PLAN.removingOwnRights(), OffboardingStep.OWN_RIGHTS);

        Offboarding again = store.find(id).orElseThrow();
        assertThat(again.isFinished()).isFalse();
        assertThat(again.plan().removeOwnRights()).isTrue();
        assertThat(again.next()).contains(OffboardingStep.BLOCK_SIGN_IN);
        assertThat(again.result(OffboardingStep.OWN_RIGHTS)).isEmpty();
    }
}
