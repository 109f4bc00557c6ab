package io.postkamer.bot.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A single-tenant bot serves one organisation. The claims validators of the SDK cannot enforce this
 * (4.14.3 drops their result), so the endpoint asks here after authentication. An activity is
 * admitted only when it names a tenant and every tenant it names is this bot's.
 */
public final class TenantGuard {
    private final Optional<String> tenant;

    public TenantGuard(BotCredentials credentials) {
        this.tenant = credentials.restrictedToTenant();
    }

    public boolean admits(Activity activity) {
        if (tenant.isEmpty()) {
            return true;
        }
        List<String> named = tenantsOf(activity);
        return !named.isEmpty() && named.stream().allMatch(tenant.get()::equalsIgnoreCase);
    }

    /** Teams puts the tenant in channelData.tenant.id and in conversation.tenantId. */
    static List<String> tenantsOf(Activity activity) {
        List<String> tenants = new ArrayList<>();
        Optional.ofNullable(activity.getConversation().getTenantId())
                .filter(id -> !id.isBlank())
                .ifPresent(tenants::add);
        JsonNode channelData =
                activity.getChannelData() == null ? null : Serialization.objectToTree(activity.getChannelData());
        if (channelData != null && channelData.path("tenant").has("id")) {
            JsonNode id = channelData.path("tenant").path("id");
            // A tenant given in some other shape than a text is not this bot's tenant.
            tenants.add(id.isTextual() ? id.asText() : id.toString());
        }
        return tenants;
    }
}
