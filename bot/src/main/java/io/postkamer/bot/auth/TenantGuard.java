package io.postkamer.bot.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.Optional;

/**
 * A single-tenant bot serves one organisation. The claims validators of the SDK cannot enforce this
 * (4.14.3 drops their result), so the endpoint asks here after authentication.
 */
public final class TenantGuard {
    private final Optional<String> tenant;

    public TenantGuard(BotCredentials credentials) {
        this.tenant = credentials.restrictedToTenant();
    }

    public boolean admits(Activity activity) {
        return tenant.isEmpty() || tenantOf(activity).map(tenant.get()::equalsIgnoreCase).orElse(false);
    }

    /** Teams puts the tenant in channelData.tenant.id; other channels in conversation.tenantId. */
    static Optional<String> tenantOf(Activity activity) {
        Optional<String> fromConversation = Optional.ofNullable(activity.getConversation().getTenantId())
                .filter(id -> !id.isBlank());
        if (fromConversation.isPresent()) {
            return fromConversation;
        }
        JsonNode channelData = activity.getChannelData() == null ? null
                : Serialization.objectToTree(activity.getChannelData());
        return Optional.ofNullable(channelData).map(data -> data.path("tenant").path("id").asText(null))
                .filter(id -> !id.isBlank());
    }
}
