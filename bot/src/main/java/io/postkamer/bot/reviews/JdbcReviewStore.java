package io.postkamer.bot.reviews;

import io.postkamer.bot.storage.StoredInstants;
import io.postkamer.dialogs.reviews.AccessReview;
import io.postkamer.dialogs.reviews.ReviewItem;
import io.postkamer.dialogs.reviews.ReviewStore;
import io.postkamer.dialogs.reviews.ReviewedMailbox;
import io.postkamer.mailbox.Right;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access reviews in the application's database, shared by every instance: each step that must happen once is one
 * guarded UPDATE (its WHERE says when it may happen), so of several instances trying at once one succeeds.
 */
public final class JdbcReviewStore implements ReviewStore {
    private static final String REVIEW_COLUMNS = "review_id, mailbox_id, scope_name, started_by, started_by_name,"
            + " started_at, deadline, undecided, review_state, schedule_key, reminded_at, finished_at";
    private static final String ITEM_COLUMNS = "item_id, review_id, mailbox_id, member_id, member_name, access_right,"
            + " granted_at, granted_by, last_sign_in, decision, decided_by, decided_at, outcome, detail, noticed";
    private static final String MAILBOX_COLUMNS =
            "review_id, mailbox_id, mailbox_name, address, reviewer_ids, completed_by, completed_at, applied_at";

    private static final RowMapper<AccessReview> REVIEW = JdbcReviewStore::review;
    private static final RowMapper<ReviewedMailbox> MAILBOX = JdbcReviewStore::mailbox;
    private static final RowMapper<ReviewItem> ITEM = JdbcReviewStore::item;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcReviewStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public Optional<AccessReview> start(NewReview review) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.update(
                    connection -> {
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO access_review (mailbox_id, scope_name, started_by, started_by_name,"
                                        + " started_at, deadline, undecided, review_state, schedule_key)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                new String[] {"review_id"});
                        insert.setString(
                                1, review.mailboxId().map(JdbcReviewStore::key).orElse(null));
                        insert.setString(2, review.scopeName());
                        insert.setString(3, review.startedBy());
                        insert.setString(4, review.startedByName());
                        insert.setLong(5, StoredInstants.micros(review.startedAt()));
                        insert.setLong(6, StoredInstants.micros(review.deadline()));
                        insert.setString(7, review.undecided().name());
                        insert.setString(8, AccessReview.State.PREPARING.name());
                        if (review.scheduleKey().isPresent()) {
                            insert.setString(9, review.scheduleKey().get());
                        } else {
                            insert.setNull(9, Types.VARCHAR);
                        }
                        return insert;
                    },
                    keys);
        } catch (DuplicateKeyException periodAlreadyStarted) {
            return Optional.empty();
        }
        return find(keys.getKey().longValue());
    }

    @Override
    public Optional<AccessReview> find(long id) {
        return jdbc.query("SELECT " + REVIEW_COLUMNS + " FROM access_review WHERE review_id = ?", REVIEW, id).stream()
                .findFirst();
    }

    @Override
    public List<AccessReview> recent(int limit) {
        return jdbc.query(
                "SELECT " + REVIEW_COLUMNS + " FROM access_review ORDER BY review_id DESC FETCH FIRST ? ROWS ONLY",
                REVIEW,
                limit);
    }

    @Override
    public List<AccessReview> inState(AccessReview.State state) {
        return jdbc.query(
                "SELECT " + REVIEW_COLUMNS + " FROM access_review WHERE review_state = ? ORDER BY review_id",
                REVIEW,
                state.name());
    }

    @Override
    public boolean claimPreparation(long reviewId, String claimant, Instant now, Duration lease) {
        return jdbc.update(
                        "UPDATE access_review SET prepared_by = ?, prepared_at = ? WHERE review_id = ?"
                                + " AND review_state = ? AND (prepared_by IS NULL OR prepared_by = ? OR prepared_at < ?)",
                        claimant,
                        StoredInstants.micros(now),
                        reviewId,
                        AccessReview.State.PREPARING.name(),
                        claimant,
                        StoredInstants.micros(now.minus(lease)))
                == 1;
    }

    @Override
    public void addMailbox(ReviewedMailbox mailbox, List<NewItem> items) {
        transaction.executeWithoutResult(status -> {
            try {
                jdbc.update(
                        "INSERT INTO review_mailbox (review_id, mailbox_id, mailbox_name, address, reviewer_ids)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        mailbox.reviewId(),
                        key(mailbox.mailboxId()),
                        mailbox.mailboxName(),
                        mailbox.address(),
                        String.join(",", mailbox.reviewerIds()));
            } catch (DuplicateKeyException addedBefore) {
                status.setRollbackOnly();
                return;
            }
            for (NewItem item : items) {
                jdbc.update(
                        "INSERT INTO review_item (review_id, mailbox_id, member_id, member_name, access_right,"
                                + " granted_at, granted_by, last_sign_in, decision, outcome, detail, noticed)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', FALSE)",
                        mailbox.reviewId(),
                        key(mailbox.mailboxId()),
                        item.memberId(),
                        item.memberName(),
                        item.right().name(),
                        item.grantedAt().map(StoredInstants::micros).orElse(null),
                        item.grantedBy().orElse(null),
                        item.lastSignIn().map(StoredInstants::micros).orElse(null),
                        ReviewItem.Decision.UNDECIDED.name(),
                        ReviewItem.Outcome.OPEN.name());
            }
        });
    }

    @Override
    public boolean open(long reviewId) {
        return move(reviewId, AccessReview.State.PREPARING, AccessReview.State.OPEN);
    }

    @Override
    public List<ReviewedMailbox> mailboxes(long reviewId) {
        return jdbc.query(
                "SELECT " + MAILBOX_COLUMNS + " FROM review_mailbox WHERE review_id = ? ORDER BY mailbox_name",
                MAILBOX,
                reviewId);
    }

    @Override
    public Optional<ReviewedMailbox> mailbox(long reviewId, String mailboxId) {
        return jdbc
                .query(
                        "SELECT " + MAILBOX_COLUMNS + " FROM review_mailbox WHERE review_id = ? AND mailbox_id = ?",
                        MAILBOX,
                        reviewId,
                        key(mailboxId))
                .stream()
                .findFirst();
    }

    @Override
    public List<ReviewItem> items(long reviewId) {
        return jdbc.query(
                "SELECT " + ITEM_COLUMNS + " FROM review_item WHERE review_id = ? ORDER BY item_id", ITEM, reviewId);
    }

    @Override
    public List<ReviewItem> items(long reviewId, String mailboxId) {
        return jdbc.query(
                "SELECT " + ITEM_COLUMNS + " FROM review_item WHERE review_id = ? AND mailbox_id = ? ORDER BY item_id",
                ITEM,
                reviewId,
                key(mailboxId));
    }

    @Override
    public Optional<ReviewItem> item(long itemId) {
        return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM review_item WHERE item_id = ?", ITEM, itemId).stream()
                .findFirst();
    }

    @Override
    public boolean decide(long itemId, ReviewItem.Decision decision, String by, Instant at) {
        return jdbc.update(
                        "UPDATE review_item SET decision = ?, decided_by = ?, decided_at = ? WHERE item_id = ?"
                                + " AND outcome = ?"
                                + " AND EXISTS (SELECT 1 FROM access_review r WHERE r.review_id = review_item.review_id"
                                + " AND r.review_state = ?)"
                                + " AND EXISTS (SELECT 1 FROM review_mailbox m WHERE m.review_id = review_item.review_id"
                                + " AND m.mailbox_id = review_item.mailbox_id AND m.completed_at IS NULL"
                                + " AND m.applied_at IS NULL)",
                        decision.name(),
                        by,
                        StoredInstants.micros(at),
                        itemId,
                        ReviewItem.Outcome.OPEN.name(),
                        AccessReview.State.OPEN.name())
                == 1;
    }

    @Override
    public boolean complete(long reviewId, String mailboxId, String by, Instant at) {
        return jdbc.update(
                        "UPDATE review_mailbox SET completed_by = ?, completed_at = ? WHERE review_id = ?"
                                + " AND mailbox_id = ? AND completed_at IS NULL AND applied_at IS NULL",
                        by,
                        StoredInstants.micros(at),
                        reviewId,
                        key(mailboxId))
                == 1;
    }

    @Override
    public boolean claim(long itemId, String claimant, Instant now, Duration lease) {
        return jdbc.update(
                        "UPDATE review_item SET outcome = ?, claimed_by = ?, claimed_at = ? WHERE item_id = ?"
                                + " AND (outcome = ? OR (outcome = ? AND claimed_at < ?))",
                        ReviewItem.Outcome.APPLYING.name(),
                        claimant,
                        StoredInstants.micros(now),
                        itemId,
                        ReviewItem.Outcome.OPEN.name(),
                        ReviewItem.Outcome.APPLYING.name(),
                        StoredInstants.micros(now.minus(lease)))
                == 1;
    }

    @Override
    public void settle(long itemId, ReviewItem.Outcome outcome, String detail) {
        jdbc.update(
                "UPDATE review_item SET outcome = ?, detail = ? WHERE item_id = ? AND outcome IN (?, ?)",
                outcome.name(),
                detail,
                itemId,
                ReviewItem.Outcome.OPEN.name(),
                ReviewItem.Outcome.APPLYING.name());
    }

    @Override
    public boolean markNoticed(long itemId) {
        return jdbc.update("UPDATE review_item SET noticed = TRUE WHERE item_id = ? AND noticed = FALSE", itemId) == 1;
    }

    @Override
    public boolean markApplied(long reviewId, String mailboxId, Instant at) {
        return jdbc.update(
                        "UPDATE review_mailbox SET applied_at = ? WHERE review_id = ? AND mailbox_id = ?"
                                + " AND applied_at IS NULL",
                        StoredInstants.micros(at),
                        reviewId,
                        key(mailboxId))
                == 1;
    }

    @Override
    public boolean markReminded(long reviewId, Instant at) {
        return jdbc.update(
                        "UPDATE access_review SET reminded_at = ? WHERE review_id = ? AND reminded_at IS NULL",
                        StoredInstants.micros(at),
                        reviewId)
                == 1;
    }

    @Override
    public boolean finish(long reviewId, Instant at) {
        return jdbc.update(
                        "UPDATE access_review SET review_state = ?, finished_at = ? WHERE review_id = ?"
                                + " AND review_state = ?",
                        AccessReview.State.FINISHED.name(),
                        StoredInstants.micros(at),
                        reviewId,
                        AccessReview.State.OPEN.name())
                == 1;
    }

    private boolean move(long reviewId, AccessReview.State from, AccessReview.State to) {
        return jdbc.update(
                        "UPDATE access_review SET review_state = ? WHERE review_id = ? AND review_state = ?",
                        to.name(),
                        reviewId,
                        from.name())
                == 1;
    }

    private static AccessReview review(ResultSet rs, int row) throws SQLException {
        return new AccessReview(
                rs.getLong("review_id"),
                Optional.ofNullable(rs.getString("mailbox_id")),
                rs.getString("scope_name"),
                rs.getString("started_by"),
                rs.getString("started_by_name"),
                StoredInstants.instant(rs.getLong("started_at")),
                StoredInstants.instant(rs.getLong("deadline")),
                AccessReview.Undecided.valueOf(rs.getString("undecided")),
                AccessReview.State.valueOf(rs.getString("review_state")),
                Optional.ofNullable(rs.getString("schedule_key")),
                moment(rs, "reminded_at"),
                moment(rs, "finished_at"));
    }

    private static ReviewedMailbox mailbox(ResultSet rs, int row) throws SQLException {
        String reviewers = rs.getString("reviewer_ids");
        return new ReviewedMailbox(
                rs.getLong("review_id"),
                rs.getString("mailbox_id"),
                rs.getString("mailbox_name"),
                rs.getString("address"),
                reviewers.isEmpty() ? List.of() : Arrays.asList(reviewers.split(",")),
                Optional.ofNullable(rs.getString("completed_by")),
                moment(rs, "completed_at"),
                moment(rs, "applied_at"));
    }

    private static ReviewItem item(ResultSet rs, int row) throws SQLException {
        return new ReviewItem(
                rs.getLong("item_id"),
                rs.getLong("review_id"),
                rs.getString("mailbox_id"),
                rs.getString("member_id"),
                rs.getString("member_name"),
                Right.valueOf(rs.getString("access_right")),
                moment(rs, "granted_at"),
                Optional.ofNullable(rs.getString("granted_by")),
                moment(rs, "last_sign_in"),
                ReviewItem.Decision.valueOf(rs.getString("decision")),
                Optional.ofNullable(rs.getString("decided_by")),
                moment(rs, "decided_at"),
                ReviewItem.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"),
                rs.getBoolean("noticed"));
    }

    private static Optional<Instant> moment(ResultSet rs, String column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(StoredInstants.instant(micros));
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
