package io.postkamer.bot.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.Postgres;
import io.postkamer.bot.testing.Racing;
import io.postkamer.dialogs.reviews.AccessReview;
import io.postkamer.dialogs.reviews.ReviewItem;
import io.postkamer.dialogs.reviews.ReviewStore;
import io.postkamer.dialogs.reviews.ReviewedMailbox;
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
 * Access reviews in the database, on H2 (one instance) and PostgreSQL (many): every step that must happen once
 * happens once, however many callers try at the same moment.
 */
class JdbcReviewStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
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

    private static JdbcReviewStore store(String database) {
        DataSource source = Postgres.migrated(database, postgres);
        return new JdbcReviewStore(
                new JdbcTemplate(source), new TransactionTemplate(new DataSourceTransactionManager(source)));
    }

    private static AccessReview started(ReviewStore store, Optional<String> key) {
        return store.start(new ReviewStore.NewReview(
                        Optional.empty(),
                        "",
                        "megan",
                        "Megan Bowen",
                        NOW,
                        NOW.plus(Duration.ofDays(14)),
                        AccessReview.Undecided.REMOVE,
                        key))
                .orElseThrow();
    }

    private static ReviewedMailbox receptie(long review) {
        return new ReviewedMailbox(
                review,
                "Receptie32-ID",
                "Ontvangstgebouw 32",
                "receptie32@contoso.com",
                List.of("pieter", "lotte"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static List<ReviewStore.NewItem> rights() {
        return List.of(
                new ReviewStore.NewItem(
                        "flip",
                        "Flip Schoonen",
                        Right.FULL_ACCESS,
                        Optional.of(NOW),
                        Optional.of("Megan"),
                        Optional.of(NOW)),
                new ReviewStore.NewItem(
                        "ger", "Ger Verbeek", Right.SEND_AS, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("a review is prepared once, opened once, decided while open, completed once, finished once")
    void lifeOfAReview(String database) {
        JdbcReviewStore store = store(database);
        AccessReview review = started(store, Optional.empty());
        assertThat(review.state()).isEqualTo(AccessReview.State.PREPARING);
        assertThat(store.claimPreparation(review.id(), "a", NOW, Duration.ofMinutes(10)))
                .isTrue();
        assertThat(store.claimPreparation(review.id(), "b", NOW.plusSeconds(60), Duration.ofMinutes(10)))
                .isFalse();
        assertThat(store.claimPreparation(review.id(), "b", NOW.plus(Duration.ofMinutes(11)), Duration.ofMinutes(10)))
                .as("taken over after the lease")
                .isTrue();

        store.addMailbox(receptie(review.id()), rights());
        store.addMailbox(receptie(review.id()), rights());
        assertThat(store.items(review.id())).hasSize(2);
        ReviewItem flip = store.items(review.id(), "receptie32-id").get(0);
        assertThat(flip.grantedAt()).contains(NOW);
        assertThat(flip.lastSignIn()).contains(NOW);
        assertThat(store.items(review.id(), "receptie32-id").get(1).lastSignIn())
                .isEmpty();
        assertThat(store.decide(flip.id(), ReviewItem.Decision.KEEP, "pieter", NOW))
                .as("not while it is prepared")
                .isFalse();
        assertThat(store.open(review.id())).isTrue();
        assertThat(store.open(review.id())).isFalse();

        assertThat(store.decide(flip.id(), ReviewItem.Decision.KEEP, "pieter", NOW))
                .isTrue();
        assertThat(store.item(flip.id()).orElseThrow().decidedBy()).contains("pieter");
        assertThat(store.mailbox(review.id(), "RECEPTIE32-ID").orElseThrow().isReviewer("Lotte"))
                .isTrue();
        assertThat(store.complete(review.id(), "receptie32-id", "pieter", NOW)).isTrue();
        assertThat(store.complete(review.id(), "receptie32-id", "lotte", NOW)).isFalse();
        assertThat(store.decide(flip.id(), ReviewItem.Decision.REMOVE, "pieter", NOW))
                .as("a completed mailbox's decisions stand")
                .isFalse();

        assertThat(store.markReminded(review.id(), NOW)).isTrue();
        assertThat(store.markReminded(review.id(), NOW)).isFalse();
        assertThat(store.markApplied(review.id(), "receptie32-id", NOW)).isTrue();
        assertThat(store.markApplied(review.id(), "receptie32-id", NOW)).isFalse();
        assertThat(store.finish(review.id(), NOW)).isTrue();
        assertThat(store.finish(review.id(), NOW)).isFalse();
        assertThat(store.recent(5))
                .singleElement()
                .satisfies(r -> assertThat(r.finishedAt()).contains(NOW));
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName(
            "sixteen callers claim one removal at once: one gets it; a claim left half-way is taken after the lease;"
                    + " a member is told once")
    void oneClaimWins(String database) throws Exception {
        JdbcReviewStore store = store(database);
        AccessReview review = started(store, Optional.empty());
        store.addMailbox(receptie(review.id()), rights());
        store.open(review.id());
        long item = store.items(review.id()).get(1).id();

        long won = Racing.winners(16, i -> () -> store.claim(item, "instance-" + i, NOW, Duration.ofMinutes(5)));
        assertThat(won).isEqualTo(1);
        assertThat(store.claim(item, "late", NOW.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5)))
                .isTrue();
        store.settle(item, ReviewItem.Outcome.REMOVED, "MADE");
        store.settle(item, ReviewItem.Outcome.FAILED, "too late");
        assertThat(store.item(item).orElseThrow().outcome()).isEqualTo(ReviewItem.Outcome.REMOVED);
        assertThat(store.claim(item, "later", NOW.plus(Duration.ofHours(1)), Duration.ofMinutes(5)))
                .as("settled is settled")
                .isFalse();
        assertThat(store.markNoticed(item)).isTrue();
        assertThat(store.markNoticed(item)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("databases")
    @DisplayName("a scheduled review starts once per period, whichever instance asks first")
    void scheduledOncePerPeriod(String database) {
        JdbcReviewStore store = store(database);
        started(store, Optional.of("every P3M from 2026-10-01"));
        assertThat(store.start(new ReviewStore.NewReview(
                        Optional.empty(),
                        "",
                        "postkamer",
                        "Postkamer",
                        NOW,
                        NOW,
                        AccessReview.Undecided.KEEP,
                        Optional.of("every P3M from 2026-10-01"))))
                .isEmpty();
        started(store, Optional.empty());
        started(store, Optional.empty());
        assertThat(store.inState(AccessReview.State.PREPARING)).hasSize(3);
    }
}
