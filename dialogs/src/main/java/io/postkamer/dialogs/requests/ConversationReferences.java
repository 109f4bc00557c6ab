package io.postkamer.dialogs.requests;

import com.microsoft.bot.schema.ConversationReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the bot can reach each person later: the personal chat it last saw them in. */
public interface ConversationReferences {
    void remember(String userId, ConversationReference reference);

    Optional<ConversationReference> of(String userId);

    /**
     * The Teams ids (29:…) of those of these people the bot can reach, in their order, each once and at most 60: the
     * most a card's {@code refresh.userIds} may name.
     */
    default List<String> refreshIdsOf(List<String> personIds) {
        List<String> ids = new ArrayList<>();
        personIds.forEach(id -> of(id).map(reference -> reference.getUser().getId())
                .filter(userId -> !ids.contains(userId) && ids.size() < 60)
                .ifPresent(ids::add));
        return ids;
    }
}
