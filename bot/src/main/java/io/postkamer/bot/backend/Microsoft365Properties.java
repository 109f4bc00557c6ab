package io.postkamer.bot.backend;

import io.postkamer.mailbox.m365.CallBudget;
import io.postkamer.mailbox.m365.CallSlots;
import io.postkamer.mailbox.m365.Microsoft365Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code postkamer.microsoft365.*}: how the bot reaches a real tenant (names and defaults in
 * mailbox/README.md). Whatever is left out takes the client's default.
 */
@ConfigurationProperties("postkamer.microsoft365")
public record Microsoft365Properties(
        String tenantId,
        String clientId,
        String clientSecret,
        Path certificatePath,
        String certificatePassword,
        URI graphBaseUrl,
        URI exchangeBaseUrl,
        URI authority,
        Duration connectTimeout,
        Duration requestTimeout,
        Integer maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Integer perMailboxConcurrency,
        Integer searchCacheSize,
        Duration searchCacheTtl,
        Integer searchPageSize,
        Integer purposeCacheSize,
        Duration purposeCacheTtl,
        CallLimits graphCalls,
        CallLimits exchangeCalls) {

    /**
     * {@code postkamer.microsoft365.graph-calls.*} and {@code exchange-calls.*}: calls at once (per instance), calls
     * a second and the burst allowed after a quiet spell (for all instances on one database together).
     */
    public record CallLimits(Integer concurrency, Double perSecond, Integer burst) {
        CallBudget.Limits or(CallBudget.Limits defaults) {
            return new CallBudget.Limits(
                    Optional.ofNullable(concurrency).orElse(defaults.concurrency()),
                    new CallSlots.Rate(
                            Optional.ofNullable(perSecond)
                                    .orElse(defaults.rate().perSecond()),
                            Optional.ofNullable(burst).orElse(defaults.rate().burst())));
        }
    }

    /** The tenant's call budget, kept in the given slots (the database every instance shares). */
    public CallBudget toBudget(CallSlots slots, Duration longestWait) {
        CallLimits none = new CallLimits(null, null, null);
        try {
            return new CallBudget(
                    Map.of(
                            CallBudget.GRAPH,
                                    Optional.ofNullable(graphCalls).orElse(none).or(CallBudget.GRAPH_DEFAULT),
                            CallBudget.EXCHANGE,
                                    Optional.ofNullable(exchangeCalls)
                                            .orElse(none)
                                            .or(CallBudget.EXCHANGE_DEFAULT)),
                    slots,
                    longestWait,
                    Clock.systemUTC());
        } catch (IllegalArgumentException refused) {
            throw Microsoft365NotConfigured.invalid(refused);
        }
    }

    /**
     * The client's settings. Every missing identity is named by its property at once, and a value the
     * client refuses is reported in one line, so the fix is obvious before anything starts.
     */
    public Microsoft365Settings toSettings() {
        List<List<String>> missing = new ArrayList<>();
        if (isBlank(tenantId)) {
            missing.add(List.of("tenant-id"));
        }
        if (isBlank(clientId)) {
            missing.add(List.of("client-id"));
        }
        if (isBlank(clientSecret) && certificatePath == null) {
            missing.add(List.of("client-secret", "certificate-path"));
        }
        if (!missing.isEmpty()) {
            throw Microsoft365NotConfigured.missing(missing);
        }
        try {
            Microsoft365Settings defaults = Microsoft365Settings.of(tenantId, clientId, credential());
            return new Microsoft365Settings(
                    defaults.tenantId(),
                    defaults.clientId(),
                    defaults.credential(),
                    or(graphBaseUrl, defaults.graphBaseUrl()),
                    or(exchangeBaseUrl, defaults.exchangeBaseUrl()),
                    or(authority, defaults.authority()),
                    or(connectTimeout, defaults.connectTimeout()),
                    or(requestTimeout, defaults.requestTimeout()),
                    or(maxAttempts, defaults.maxAttempts()),
                    or(initialBackoff, defaults.initialBackoff()),
                    or(maxBackoff, defaults.maxBackoff()),
                    or(perMailboxConcurrency, defaults.perMailboxConcurrency()),
                    or(searchCacheSize, defaults.searchCacheSize()),
                    or(searchCacheTtl, defaults.searchCacheTtl()),
                    or(searchPageSize, defaults.searchPageSize()),
                    or(purposeCacheSize, defaults.purposeCacheSize()),
                    or(purposeCacheTtl, defaults.purposeCacheTtl()));
        } catch (IllegalArgumentException refused) {
            throw Microsoft365NotConfigured.invalid(refused);
        }
    }

    private Microsoft365Settings.Credential credential() {
        if (!isBlank(clientSecret)) {
            return new Microsoft365Settings.ClientSecret(clientSecret);
        }
        return new Microsoft365Settings.Certificate(certificatePath, certificatePassword);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> T or(T value, T fallback) {
        return Optional.ofNullable(value).orElse(fallback);
    }
}
