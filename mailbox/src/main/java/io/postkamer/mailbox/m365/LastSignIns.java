package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.MailboxException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When people last signed in, from Graph's {@code signInActivity}. Reviews ask for many people at once: Graph
 * batches of their own, apart from the health report's.
 */
final class LastSignIns {
    private final DirectoryBatches batches;

    LastSignIns(DirectoryBatches batches) {
        this.batches = batches;
    }

    Map<String, Instant> of(List<String> personIds) {
        Map<String, JsonNode> users;
        try {
            users = batches.users(personIds, "id,signInActivity");
        } catch (MailboxException.RemoteFailure refused) {
            // Sign-in activity needs AuditLog.Read.All and an Entra ID P1 licence: without them nothing is known.
            if (refused.isTransient()) {
                throw refused;
            }
            return Map.of();
        }
        Map<String, Instant> known = new HashMap<>();
        for (String id : personIds) {
            String at = DirectoryBatches.of(users, id)
                    .map(user -> user.path("signInActivity")
                            .path("lastSignInDateTime")
                            .asText(""))
                    .orElse("");
            if (!at.isEmpty()) {
                known.put(id, Instant.parse(at));
            }
        }
        return Map.copyOf(known);
    }
}
