package io.postkamer.bot.copyaccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.Postgres;
import io.postkamer.cards.copyaccess.CopyAccessCard.Choice;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.copyaccess.CopyChoices;
import io.postkamer.dialogs.copyaccess.CopyOffer;
import io.postkamer.dialogs.copyaccess.CopyOutcome;
import io.postkamer.mailbox.Right;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Copies offered, in the database, on H2 (one instance) and PostgreSQL (many): the card's choices kept as read, one
 * caller runs its grants at a time and another takes them over only after the lease, and only the claimant's outcomes
 * count.
 */
class JdbcCopyOfferStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final CopyOffer.Key KEY = new CopyOffer.Key("a:1Xyz-conversation", "token-1");
    private static final CopyChoices CHOICES = new CopyChoices(
            List.of(
                    new Choice(
                            "R32-ID",
                            "Ontvangstgebouw 32",
                            "receptie32@contoso.com",
                            false,
                            List.of(Right.SEND_AS),
                            List.of(Right.FULL_ACCESS)),
                    new Choice(
                            "FACTUREN-ID",
                            "Facturen",
                            "facturen@contoso.com",
                            true,
                            List.of(Right.FULL_ACCESS, Right.SEND_ON_BEHALF),
                            List.of())),
            List.of("Projectarchief"),
            List.of("Klantenservice"),
            4,
            NOW);
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

    private static JdbcCopyOfferStore store(String database) {
        DataSource source = Postgres.migrated(database, postgres);
        return new JdbcCopyOfferStore(
                new JdbcTemplate(source), new TransactionTemplate(new DataSourceTransactionManager(source)));
    }

    private static CopyOffer offered() {
        return CopyOffer.offered(
                KEY,
                new CopyOffer.Party("FLIP-ID", "Flip Schoonen"),
                new CopyOffer.Party("GER-ID", "Ger Verbeek"),
                NOW);
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("an offer is kept without choices while it is read, then with the choices as the card showed them;"
            + " its grants cannot be claimed before")
    void offeredThenRead(String database) {
        JdbcCopyOfferStore store = store(database);
        store.offer(offered());

        assertThat(store.find(KEY)).contains(offered());
        assertThat(store.claim(KEY, "a", Set.of("r32-id"), NOW, LEASE)).isFalse();
        assertThat(store.find(new CopyOffer.Key("another conversation", "token-1")))
                .isEmpty();

        store.read(KEY, CHOICES);

        CopyOffer read = store.find(KEY).orElseThrow();
        assertThat(read.choices()).contains(CHOICES);
        assertThat(read.started()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("of sixteen callers claiming a card's grants at once one gets them, with its choice; another takes"
            + " them over only after the lease, with the first choice")
    void oneRunner(String database) throws Exception {
        JdbcCopyOfferStore store = store(database);
        store.offer(offered());
        store.read(KEY, CHOICES);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String claimant = "instance-" + i;
            Set<String> chosen = i % 2 == 0 ? Set.of("R32-ID") : Set.of("R32-ID", "FACTUREN-ID");
            claims.add(pool.submit(() -> {
                go.await();
                return store.claim(KEY, claimant, chosen, NOW, LEASE);
            }));
        }
        go.countDown();
        List<Integer> won = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).get()) {
                won.add(i);
            }
        }
        pool.shutdown();

        assertThat(won).hasSize(1);
        Set<String> chosen = store.find(KEY).orElseThrow().chosen();
        assertThat(chosen).isEqualTo(won.get(0) % 2 == 0 ? Set.of("r32-id") : Set.of("r32-id", "facturen-id"));
        assertThat(store.claim(KEY, "late", Set.of("facturen-id"), NOW.plusSeconds(60), LEASE))
                .isFalse();
        assertThat(store.claim(
                        KEY,
                        "after-restart",
                        Set.of("facturen-id"),
                        NOW.plus(LEASE).plusSeconds(1),
                        LEASE))
                .isTrue();
        assertThat(store.find(KEY).orElseThrow().chosen()).isEqualTo(chosen);
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("outcomes are kept as settled, rights and reasons included, each renewing the claim; another caller's"
            + " are not; finished once, and then nobody claims the grants")
    void outcomesAndFinish(String database) throws Exception {
        JdbcCopyOfferStore store = store(database);
        store.offer(offered());
        store.read(KEY, CHOICES);
        assertThat(store.claim(KEY, "a", Set.of("R32-ID", "FACTUREN-ID"), NOW, LEASE))
                .isTrue();
        CopyOutcome given =
                new CopyOutcome(List.of(Right.SEND_AS), List.of(Right.FULL_ACCESS), Map.of(), Optional.empty());
        CopyOutcome failed = new CopyOutcome(
                List.of(Right.FULL_ACCESS),
                List.of(),
                Map.of(Right.SEND_ON_BEHALF, Message.of("problem.THROTTLED", "Exchange")),
                Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> one = pool.submit(() -> store.settle(KEY, "a", "R32-ID", given, NOW.plusSeconds(100)));
        Future<?> two = pool.submit(() -> store.settle(KEY, "a", "FACTUREN-ID", failed, NOW.plusSeconds(100)));
        one.get();
        two.get();
        pool.shutdown();
        store.settle(
                KEY,
                "b",
                "R32-ID",
                new CopyOutcome(
                        List.of(), List.of(), Map.of(), Optional.of(Message.of("problem.NOT_A_MEMBER", "x", "y"))),
                NOW);

        CopyOffer kept = store.find(KEY).orElseThrow();
        assertThat(kept.outcomes()).isEqualTo(Map.of("r32-id", given, "facturen-id", failed));
        assertThat(store.claim(KEY, "c", Set.of(), NOW.plus(LEASE).plusSeconds(1), LEASE))
                .as("the claim was renewed as the outcomes were kept")
                .isFalse();

        store.finish(KEY, "b", NOW);
        assertThat(store.find(KEY).orElseThrow().isFinished()).isFalse();
        store.finish(KEY, "a", NOW.plusSeconds(101));
        assertThat(store.find(KEY).orElseThrow().finishedAt()).contains(NOW.plusSeconds(101));
        assertThat(store.claim(KEY, "d", Set.of("R32-ID"), NOW.plus(Duration.ofHours(1)), LEASE))
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("offers made before a moment are forgotten, later ones kept")
    void forgetsOldOffers(String database) {
        JdbcCopyOfferStore store = store(database);
        store.offer(offered());

        store.forget(NOW);
        assertThat(store.find(KEY)).isPresent();
        store.forget(NOW.plusSeconds(1));
        assertThat(store.find(KEY)).isEmpty();
    }
}
