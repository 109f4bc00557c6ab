package io.postkamer.dialogs.requests.memory;

import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.dialogs.requests.ConversationReferences;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conversation references in memory. */
public final class MemoryConversationReferences implements ConversationReferences {
    private final Map<String, ConversationReference> references = new ConcurrentHashMap<>();

    @Override
    public void remember(String userId, ConversationReference reference) {
        references.put(userId.toLowerCase(Locale.ROOT), reference);
    }

    @Override
    public Optional<ConversationReference> of(String userId) {
        return Optional.ofNullable(references.get(userId.toLowerCase(Locale.ROOT)));
    }
}
