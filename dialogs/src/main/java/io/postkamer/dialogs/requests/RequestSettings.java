package io.postkamer.dialogs.requests;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * @param helpdeskIds who approves when a mailbox has no owners and the requester no manager; they also
 *     see the queue, assign requests and may reject any request
 * @param remindAfter a request pending this long is brought up again, once, to its approvers and the
 *     helpdesk channel
 * @param helpdeskChannelId the Teams channel (conversation id) new requests and reminders are posted in,
 *     once the bot has seen a message there; an administrator can also pick it with "set helpdesk channel"
 */
public record RequestSettings(List<String> helpdeskIds, Duration remindAfter, Optional<String> helpdeskChannelId) {
    public RequestSettings {
        helpdeskIds = List.copyOf(helpdeskIds);
    }

    public RequestSettings(List<String> helpdeskIds) {
        this(helpdeskIds, Duration.ofDays(2), Optional.empty());
    }

    public static RequestSettings none() {
        return new RequestSettings(List.of());
    }

    public boolean isHelpdesk(String personId) {
        return helpdeskIds.stream().anyMatch(id -> id.equalsIgnoreCase(personId));
    }
}
