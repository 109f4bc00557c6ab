package io.postkamer.bot.backend;

import io.postkamer.mailbox.m365.Microsoft365Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code postkamer.microsoft365.*}, as mailbox/README.md lists them, with the same defaults. Only the
 * tenant, the app and one credential (a secret or a PKCS#12 certificate) must be given.
 */
@ConfigurationProperties("postkamer.microsoft365")
public record Microsoft365Properties(
        String tenantId,
        String clientId,
        String clientSecret,
        Path certificatePath,
        String certificatePassword,
        @DefaultValue("https://graph.microsoft.com") URI graphBaseUrl,
        @DefaultValue("https://outlook.office365.com") URI exchangeBaseUrl,
        @DefaultValue("https://login.microsoftonline.com") URI authority,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration requestTimeout,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("2") int perMailboxConcurrency,
        @DefaultValue("10000") int searchCacheSize,
        @DefaultValue("2m") Duration searchCacheTtl,
        @DefaultValue("25") int searchPageSize) {

    private static final String PREFIX = "postkamer.microsoft365.";

    /** The client's settings, or a refusal naming every property that is missing or wrong. */
    public Microsoft365Settings toSettings() {
        List<String> missing = new ArrayList<>();
        if (blank(tenantId)) {
            missing.add(PREFIX + "tenant-id");
        }
        if (blank(clientId)) {
            missing.add(PREFIX + "client-id");
        }
        boolean hasSecret = !blank(clientSecret);
        boolean hasCertificate = certificatePath != null && !certificatePath.toString().isBlank();
        if (!hasSecret && !hasCertificate) {
            missing.add(PREFIX + "client-secret (or " + PREFIX + "certificate-path)");
        }
        if (!missing.isEmpty()) {
            throw new Microsoft365SettingsRefused("postkamer.backend=microsoft365 needs " + String.join(", ", missing));
        }
        if (hasSecret && hasCertificate) {
            throw new Microsoft365SettingsRefused("set " + PREFIX + "client-secret or " + PREFIX
                    + "certificate-path, not both");
        }
        Microsoft365Settings.Credential credential = hasSecret
                ? new Microsoft365Settings.ClientSecret(clientSecret.strip())
                : new Microsoft365Settings.Certificate(certificatePath, certificatePassword);
        try {
            return new Microsoft365Settings(tenantId.strip(), clientId.strip(), credential, graphBaseUrl,
                    exchangeBaseUrl, authority, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff,
                    perMailboxConcurrency, searchCacheSize, searchCacheTtl, searchPageSize);
        } catch (IllegalArgumentException e) {
            throw new Microsoft365SettingsRefused(PREFIX + "*: " + e.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "Microsoft365Properties[tenantId=" + tenantId + ", clientId=" + clientId + ", graphBaseUrl="
                + graphBaseUrl + ", exchangeBaseUrl=" + exchangeBaseUrl + ", authority=" + authority + "]";
    }
}
