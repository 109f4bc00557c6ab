package io.postkamer.mailbox.m365;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one Microsoft 365 tenant with the application's own identity. Bound by the bot from
 * {@code postkamer.microsoft365.*} (see mailbox/README.md). Every URL can be pointed elsewhere, so
 * tests talk to WireMock and never to Microsoft.
 *
 * @param tenantId              the Entra tenant id (GUID)
 * @param clientId              the application (client) id
 * @param credential            a client secret or a certificate
 * @param graphBaseUrl          default {@code https://graph.microsoft.com}
 * @param exchangeBaseUrl       default {@code https://outlook.office365.com}
 * @param authority             default {@code https://login.microsoftonline.com}; must be https (msal4j insists)
 * @param connectTimeout        to open a connection
 * @param requestTimeout        for one HTTP request, from sending to the whole answer
 * @param maxAttempts           attempts per operation, the first included
 * @param initialBackoff        first wait after a transient failure; doubles, with jitter
 * @param maxBackoff            the longest wait between attempts, also the longest Retry-After obeyed
 * @param perMailboxConcurrency calls at once on one mailbox
 * @param searchCacheSize       people-search prefixes kept
 * @param searchCacheTtl        how long a search answer is reused
 * @param searchPageSize        people and groups fetched per prefix (the largest limit served)
 * @param purposeCacheSize      accounts whose mailbox purpose (a person's, a shared mailbox's, a room's) is kept
 * @param purposeCacheTtl       how long a mailbox purpose is kept; "no mailbox" is kept only as long as a search
 *                              answer, because a mailbox Exchange is still making answers the same until it is ready
 */
public record Microsoft365Settings(
        String tenantId,
        String clientId,
        Credential credential,
        URI graphBaseUrl,
        URI exchangeBaseUrl,
        URI authority,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        int perMailboxConcurrency,
        int searchCacheSize,
        Duration searchCacheTtl,
        int searchPageSize,
        int purposeCacheSize,
        Duration purposeCacheTtl) {

    public static final URI GRAPH = URI.create("https://graph.microsoft.com");
    public static final URI EXCHANGE = URI.create("https://outlook.office365.com");
    public static final URI AUTHORITY = URI.create("https://login.microsoftonline.com");

    /** How the application proves who it is. */
    public sealed interface Credential permits ClientSecret, Certificate {}

    public record ClientSecret(String secret) implements Credential {
        public ClientSecret {
            requireText(secret, "client secret");
        }

        @Override
        public String toString() {
            return "ClientSecret[***]";
        }
    }

    /** A PKCS#12 file holding the private key and certificate registered on the application. */
    public record Certificate(Path pkcs12, String password) implements Credential {
        public Certificate {
            Objects.requireNonNull(pkcs12, "pkcs12");
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "Certificate[" + pkcs12 + "]";
        }
    }

    public Microsoft365Settings {
        requireText(tenantId, "tenantId");
        requireText(clientId, "clientId");
        Objects.requireNonNull(credential, "credential");
        graphBaseUrl = withoutTrailingSlash(graphBaseUrl == null ? GRAPH : graphBaseUrl);
        exchangeBaseUrl = withoutTrailingSlash(exchangeBaseUrl == null ? EXCHANGE : exchangeBaseUrl);
        authority = withoutTrailingSlash(authority == null ? AUTHORITY : authority);
        if (!"https".equalsIgnoreCase(authority.getScheme())) {
            throw new IllegalArgumentException(
                    "the authority must be an https URL (msal4j refuses others): " + authority);
        }
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(5), "connectTimeout");
        requestTimeout = positive(requestTimeout, Duration.ofSeconds(20), "requestTimeout");
        initialBackoff = positive(initialBackoff, Duration.ofMillis(500), "initialBackoff");
        maxBackoff = positive(maxBackoff, Duration.ofSeconds(30), "maxBackoff");
        searchCacheTtl = positive(searchCacheTtl, Duration.ofMinutes(2), "searchCacheTtl");
        purposeCacheTtl = positive(purposeCacheTtl, Duration.ofHours(1), "purposeCacheTtl");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (perMailboxConcurrency < 1) {
            throw new IllegalArgumentException("perMailboxConcurrency must be at least 1");
        }
        if (searchCacheSize < 0 || searchPageSize < 1 || searchPageSize > 999) {
            throw new IllegalArgumentException("searchCacheSize >= 0 and 1 <= searchPageSize <= 999");
        }
        if (purposeCacheSize < 0) {
            throw new IllegalArgumentException("purposeCacheSize must not be negative");
        }
    }

    /** The defaults for everything but who the application is. */
    public static Microsoft365Settings of(String tenantId, String clientId, Credential credential) {
        return new Microsoft365Settings(
                tenantId,
                clientId,
                credential,
                GRAPH,
                EXCHANGE,
                AUTHORITY,
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                4,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                2,
                10_000,
                Duration.ofMinutes(2),
                25,
                50_000,
                Duration.ofHours(1));
    }

    public Microsoft365Settings withEndpoints(URI graph, URI exchange, URI newAuthority) {
        return new Microsoft365Settings(
                tenantId,
                clientId,
                credential,
                graph,
                exchange,
                newAuthority,
                connectTimeout,
                requestTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                perMailboxConcurrency,
                searchCacheSize,
                searchCacheTtl,
                searchPageSize,
                purposeCacheSize,
                purposeCacheTtl);
    }

    public Microsoft365Settings withTimeouts(Duration connect, Duration request) {
        return new Microsoft365Settings(
                tenantId,
                clientId,
                credential,
                graphBaseUrl,
                exchangeBaseUrl,
                authority,
                connect,
                request,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                perMailboxConcurrency,
                searchCacheSize,
                searchCacheTtl,
                searchPageSize,
                purposeCacheSize,
                purposeCacheTtl);
    }

    public Microsoft365Settings withRetries(int attempts, Duration initial, Duration max) {
        return new Microsoft365Settings(
                tenantId,
                clientId,
                credential,
                graphBaseUrl,
                exchangeBaseUrl,
                authority,
                connectTimeout,
                requestTimeout,
                attempts,
                initial,
                max,
                perMailboxConcurrency,
                searchCacheSize,
                searchCacheTtl,
                searchPageSize,
                purposeCacheSize,
                purposeCacheTtl);
    }

    public Microsoft365Settings withPerMailboxConcurrency(int calls) {
        return new Microsoft365Settings(
                tenantId,
                clientId,
                credential,
                graphBaseUrl,
                exchangeBaseUrl,
                authority,
                connectTimeout,
                requestTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                calls,
                searchCacheSize,
                searchCacheTtl,
                searchPageSize,
                purposeCacheSize,
                purposeCacheTtl);
    }

    public Microsoft365Settings withSearchCache(int size, Duration ttl, int pageSize) {
        return new Microsoft365Settings(
                tenantId,
                clientId,
                credential,
                graphBaseUrl,
                exchangeBaseUrl,
                authority,
                connectTimeout,
                requestTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                perMailboxConcurrency,
                size,
                ttl,
                pageSize,
                purposeCacheSize,
                purposeCacheTtl);
    }

    public Microsoft365Settings withPurposeCache(int size, Duration ttl) {
        return new Microsoft365Settings(
                tenantId,
                clientId,
                credential,
                graphBaseUrl,
                exchangeBaseUrl,
                authority,
                connectTimeout,
                requestTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                perMailboxConcurrency,
                searchCacheSize,
                searchCacheTtl,
                searchPageSize,
                size,
                ttl);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        Duration d = value == null ? fallback : value;
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
