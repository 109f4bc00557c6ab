package io.postkamer.bot.auth;

import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The bot's own Microsoft Entra identity, under the standard Bot Framework names (as properties or
 * environment variables): {@code MicrosoftAppId}, {@code MicrosoftAppPassword},
 * {@code MicrosoftAppTenantId}, {@code MicrosoftAppType} (SingleTenant or MultiTenant). Without an id
 * and password the bot runs anonymously, which only the demo tenant allows.
 */
public record BotCredentials(String appId, String appPassword, Optional<String> tenantId, AppType appType) {
    public enum AppType {
        SINGLE_TENANT,
        MULTI_TENANT
    }

    public static BotCredentials from(Environment environment) {
        String appId = environment.getProperty("MicrosoftAppId", "").strip();
        String password = environment.getProperty("MicrosoftAppPassword", "").strip();
        Optional<String> tenant = Optional.of(
                        environment.getProperty("MicrosoftAppTenantId", "").strip())
                .filter(value -> !value.isEmpty());
        String type = environment.getProperty("MicrosoftAppType", "").strip().toLowerCase(Locale.ROOT);
        AppType appType = switch (type) {
            case "", "multitenant" -> AppType.MULTI_TENANT;
            case "singletenant" -> AppType.SINGLE_TENANT;
            default ->
                throw new IllegalStateException(
                        "MicrosoftAppType must be SingleTenant or MultiTenant, not '" + type + "'");
        };
        if (appType == AppType.SINGLE_TENANT && tenant.isEmpty()) {
            throw new IllegalStateException("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId");
        }
        if (appId.isEmpty() != password.isEmpty()) {
            throw new IllegalStateException("Set both MicrosoftAppId and MicrosoftAppPassword, or neither");
        }
        return new BotCredentials(appId, password, tenant, appType);
    }

    public boolean isAnonymous() {
        return appId.isEmpty();
    }

    /** The tenant whose conversations a single-tenant bot serves. */
    public Optional<String> restrictedToTenant() {
        return appType == AppType.SINGLE_TENANT ? tenantId : Optional.empty();
    }
}
