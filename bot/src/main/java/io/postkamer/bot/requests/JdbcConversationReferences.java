package io.postkamer.bot.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.dialogs.requests.ConversationReferences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where each person can be reached, in the application's database, as the SDK serialises a reference. */
public final class JdbcConversationReferences implements ConversationReferences {
    private final JdbcTemplate jdbc;

    public JdbcConversationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(String userId, ConversationReference reference) {
        String json;
        try {
            json = Serialization.toString(reference);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("conversation reference cannot be written", e);
        }
        Object now = JdbcRequestStore.utc(Instant.now());
        String key = userId.toLowerCase(Locale.ROOT);
        if (jdbc.update(
                        "UPDATE conversation_reference SET reference = ?, updated_at = ? WHERE user_id = ?",
                        json,
                        now,
                        key)
                == 0) {
            try {
                jdbc.update(
                        "INSERT INTO conversation_reference (user_id, reference, updated_at) VALUES (?, ?, ?)",
                        key,
                        json,
                        now);
            } catch (DuplicateKeyException inserted) {
                jdbc.update(
                        "UPDATE conversation_reference SET reference = ?, updated_at = ? WHERE user_id = ?",
                        json,
                        now,
                        key);
            }
        }
    }

    @Override
    public Optional<ConversationReference> of(String userId) {
        return jdbc
                .queryForList(
                        "SELECT reference FROM conversation_reference WHERE user_id = ?",
                        String.class,
                        userId.toLowerCase(Locale.ROOT))
                .stream()
                .findFirst()
                .map(JdbcConversationReferences::parse);
    }

    private static ConversationReference parse(String json) {
        try {
            return Serialization.treeToValue(Serialization.jsonToTree(json), ConversationReference.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored conversation reference cannot be read", e);
        }
    }
}
