package io.postkamer.bot.backend;

import io.postkamer.mailbox.m365.Microsoft365Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code postkamer.microsoft365.*}: how the bot reaches a real tenant (names and defaults in
 * mailbox/README.md). Whatever is left out takes the client's default.
 */
@ConfigurationProperties("postkamer.microsoft365")
public record Microsoft365Properties(String tenantId, String clientId, String clientSecret, Path certificatePath,
                                     String certificatePassword, URI graphBaseUrl, URI exchangeBaseUrl,
                                     URI authority, Duration connectTimeout, Duration requestTimeout,
                                     Integer maxAttempts, Duration initialBackoff, Duration maxBackoff,
                                     Integer perMailboxConcurrency, Integer searchCacheSize,
                                     Duration searchCacheTtl, Integer searchPageSize) {

    /** The client's settings; a missing identity is named by its property, so the fix is obvious. */
    public Microsoft365Settings toSettings() {
        Microsoft365Settings defaults = Microsoft365Settings.of(required(tenantId, "tenant-id"),
                required(clientId, "client-id"), credential());
        return new Microsoft365Settings(defaults.tenantId(), defaults.clientId(), defaults.credential(),
                or(graphBaseUrl, defaults.graphBaseUrl()), or(exchangeBaseUrl, defaults.exchangeBaseUrl()),
                or(authority, defaults.authority()), or(connectTimeout, defaults.connectTimeout()),
                or(requestTimeout, defaults.requestTimeout()), or(maxAttempts, defaults.maxAttempts()),
                or(initialBackoff, defaults.initialBackoff()), or(maxBackoff, defaults.maxBackoff()),
                or(perMailboxConcurrency, defaults.perMailboxConcurrency()),
                or(searchCacheSize, defaults.searchCacheSize()), or(searchCacheTtl, defaults.searchCacheTtl()),
                or(searchPageSize, defaults.searchPageSize()));
    }

    private Microsoft365Settings.Credential credential() {
        if (clientSecret != null && !clientSecret.isBlank()) {
            return new Microsoft365Settings.ClientSecret(clientSecret);
        }
        if (certificatePath != null) {
            return new Microsoft365Settings.Certificate(certificatePath, certificatePassword);
        }
        throw new Microsoft365NotConfigured("client-secret or certificate-path");
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new Microsoft365NotConfigured(property);
        }
        return value;
    }

    private static <T> T or(T value, T fallback) {
        return Optional.ofNullable(value).orElse(fallback);
    }
}
