package io.postkamer.dialogs.requests;

import com.microsoft.bot.schema.ConversationReference;
import java.util.Optional;

/** Where the bot can reach each person later: the personal chat it last saw them in. */
public interface ConversationReferences {
    void remember(String userId, ConversationReference reference);

    Optional<ConversationReference> of(String userId);
}
