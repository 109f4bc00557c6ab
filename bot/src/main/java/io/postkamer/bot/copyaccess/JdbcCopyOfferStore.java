package io.postkamer.bot.copyaccess;

import com.fasterxml.jackson.core.type.TypeReference;
import io.postkamer.bot.storage.JsonColumns;
import io.postkamer.bot.storage.StoredInstants;
import io.postkamer.dialogs.copyaccess.CopyChoices;
import io.postkamer.dialogs.copyaccess.CopyOffer;
import io.postkamer.dialogs.copyaccess.CopyOfferStore;
import io.postkamer.dialogs.copyaccess.CopyOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies offered, in the application's database, shared by every instance. The grants are handed to one caller by a
 * guarded UPDATE (its WHERE says when they may be claimed); only the claimant keeps outcomes, one mailbox at a time
 * under the row's lock, so of several instances or presses at once one grants each mailbox.
 */
public final class JdbcCopyOfferStore implements CopyOfferStore {
    private static final String COLUMNS = "conversation_id, token, source_id, source_name, target_id, target_name,"
            + " offered_at, choices, chosen, outcomes, finished_at";
    private static final String ONE = " WHERE conversation_id = ? AND token = ?";
    private static final TypeReference<Map<String, CopyOutcome>> OUTCOMES = new TypeReference<>() {};
    private static final TypeReference<Set<String>> CHOSEN = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcCopyOfferStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void offer(CopyOffer offer) {
        try {
            jdbc.update(
                    "INSERT INTO copy_offer (conversation_id, token, source_id, source_name, target_id, target_name,"
                            + " offered_at, outcomes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    offer.key().conversationId(),
                    offer.key().token(),
                    offer.source().id(),
                    offer.source().name(),
                    offer.target().id(),
                    offer.target().name(),
                    StoredInstants.micros(offer.offeredAt()),
                    "{}");
        } catch (DuplicateKeyException offeredAlready) {
            // The token is new for every card: the same offer kept twice is kept once.
        }
    }

    @Override
    public Optional<CopyOffer> find(CopyOffer.Key key) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM copy_offer" + ONE,
                        (row, n) -> offer(row),
                        key.conversationId(),
                        key.token())
                .stream()
                .findFirst();
    }

    @Override
    public void read(CopyOffer.Key key, CopyChoices choices) {
        jdbc.update(
                "UPDATE copy_offer SET choices = ?" + ONE + " AND choices IS NULL",
                JsonColumns.write(choices),
                key.conversationId(),
                key.token());
    }

    @Override
    public boolean claim(CopyOffer.Key key, String claimant, Set<String> chosen, Instant now, Duration lease) {
        return jdbc.update(
                        "UPDATE copy_offer SET chosen = COALESCE(chosen, ?), claimed_by = ?, claimed_at = ?" + ONE
                                + " AND choices IS NOT NULL AND finished_at IS NULL"
                                + " AND (claimed_by IS NULL OR claimed_at < ?)",
                        JsonColumns.write(CopyOffer.keys(chosen)),
                        claimant,
                        StoredInstants.micros(now),
                        key.conversationId(),
                        key.token(),
                        StoredInstants.micros(now.minus(lease)))
                == 1;
    }

    @Override
    public void settle(CopyOffer.Key key, String claimant, String mailboxId, CopyOutcome outcome, Instant now) {
        transaction.executeWithoutResult(status -> jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM copy_offer" + ONE + " AND claimed_by = ? FOR UPDATE",
                        (row, n) -> offer(row),
                        key.conversationId(),
                        key.token(),
                        claimant)
                .stream()
                .findFirst()
                .ifPresent(held -> jdbc.update(
                        "UPDATE copy_offer SET outcomes = ?, claimed_at = ?" + ONE + " AND claimed_by = ?",
                        JsonColumns.write(held.outcomesWith(mailboxId, outcome)),
                        StoredInstants.micros(now),
                        key.conversationId(),
                        key.token(),
                        claimant)));
    }

    @Override
    public void finish(CopyOffer.Key key, String claimant, Instant at) {
        jdbc.update(
                "UPDATE copy_offer SET finished_at = ?, claimed_by = NULL, claimed_at = NULL" + ONE
                        + " AND claimed_by = ? AND finished_at IS NULL",
                StoredInstants.micros(at),
                key.conversationId(),
                key.token(),
                claimant);
    }

    @Override
    public void forget(Instant offeredBefore) {
        jdbc.update("DELETE FROM copy_offer WHERE offered_at < ?", StoredInstants.micros(offeredBefore));
    }

    private static CopyOffer offer(ResultSet row) throws SQLException {
        String choices = row.getString("choices");
        String chosen = row.getString("chosen");
        long finished = row.getLong("finished_at");
        boolean isFinished = !row.wasNull();
        return new CopyOffer(
                new CopyOffer.Key(row.getString("conversation_id"), row.getString("token")),
                new CopyOffer.Party(row.getString("source_id"), row.getString("source_name")),
                new CopyOffer.Party(row.getString("target_id"), row.getString("target_name")),
                StoredInstants.instant(row.getLong("offered_at")),
                choices == null
                        ? Optional.empty()
                        : Optional.of(
                                JsonColumns.read(choices, new TypeReference<CopyChoices>() {}, "a copy offer's row")),
                chosen == null ? Set.of() : JsonColumns.read(chosen, CHOSEN, "a copy offer's row"),
                JsonColumns.read(row.getString("outcomes"), OUTCOMES, "a copy offer's row"),
                isFinished ? Optional.of(StoredInstants.instant(finished)) : Optional.empty());
    }
}
