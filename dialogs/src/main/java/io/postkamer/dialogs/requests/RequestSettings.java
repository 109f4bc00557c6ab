package io.postkamer.dialogs.requests;

import java.util.List;

/**
 * @param helpdeskIds who approves when a mailbox has no owners and the requester no manager
 */
public record RequestSettings(List<String> helpdeskIds) {
    public RequestSettings {
        helpdeskIds = List.copyOf(helpdeskIds);
    }

    public static RequestSettings none() {
        return new RequestSettings(List.of());
    }
}
