package io.postkamer.mailbox.m365;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.postkamer.mailbox.MailboxException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Client-credential tokens from Entra ID through msal4j. msal4j keeps each token in its own cache and
 * answers {@code acquireToken} from it until five minutes before expiry, so many calls cost one
 * token request per resource.
 *
 * <p>Every Graph and Exchange call asks for a token, and each msal4j {@code acquireToken} runs on a
 * thread of its own (on two cores, one new thread per call) behind a lock: a few milliseconds per call
 * that every other call waits for. So the token is also kept here and handed out without a lock or
 * thread until five minutes before it expires; only then is msal4j asked.
 *
 * <p>msal4j 1.23.1 stores a cached token under the authority's host without its port but looks it
 * up with the port, so with an authority like {@code https://localhost:8443} it would ask Entra ID on
 * every call. msal4j is therefore given the authority without its port, and {@link JdkMsalHttpClient}
 * puts the port back on the requests it sends. Microsoft's own authority has no port, so nothing
 * changes there.
 */
public final class MsalAccessTokens implements AccessTokens {
    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    private final ConfidentialClientApplication application;
    private final Microsoft365Settings settings;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, IAuthenticationResult> current = new ConcurrentHashMap<>();
    private final Clock clock;

    public MsalAccessTokens(Microsoft365Settings settings, HttpClient http) {
        this(settings, http, Clock.systemUTC());
    }

    MsalAccessTokens(Microsoft365Settings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        URI authority = settings.authority();
        try {
            // Instance discovery and authority validation off: the authority is taken as given, so it can be a local
            // fake.
            this.application = ConfidentialClientApplication.builder(
                            settings.clientId(), credential(settings.credential()))
                    .authority(withoutPort(authority) + "/" + settings.tenantId() + "/")
                    .validateAuthority(false)
                    .instanceDiscovery(false)
                    .httpClient(new JdkMsalHttpClient(http, settings.requestTimeout(), authority))
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad authority " + authority, e);
        }
    }

    @Override
    public String token(String scope) {
        IAuthenticationResult held = current.get(scope);
        if (isFresh(held)) {
            return held.accessToken();
        }
        // One caller per scope asks Entra ID when the cache is empty; the others then find its token.
        synchronized (locks.computeIfAbsent(scope, s -> new Object())) {
            held = current.get(scope);
            if (!isFresh(held)) {
                held = acquire(scope);
                current.put(scope, held);
            }
            return held.accessToken();
        }
    }

    /** The margin msal4j itself keeps: a token with less than five minutes left is not handed out. */
    private boolean isFresh(IAuthenticationResult result) {
        return result != null
                && result.expiresOnDate() != null
                && result.expiresOnDate().toInstant().isAfter(clock.instant().plus(REFRESH_MARGIN));
    }

    static String withoutPort(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private IAuthenticationResult acquire(String scope) {
        try {
            return application
                    .acquireToken(
                            ClientCredentialParameters.builder(Set.of(scope)).build())
                    .get(settings.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailboxException.RemoteFailure("Entra ID", 0, "interrupted", false, e);
        } catch (TimeoutException e) {
            throw new MailboxException.RemoteFailure("Entra ID", 0, "token request timed out", true, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MsalServiceException service) {
                int status = service.statusCode() == null ? 0 : service.statusCode();
                boolean retry = status == 0 || status == 429 || status >= 500;
                throw new MailboxException.RemoteFailure(
                        "Entra ID", status, service.errorCode() + ": " + service.getMessage(), retry, service);
            }
            throw new MailboxException.RemoteFailure("Entra ID", 0, String.valueOf(cause), true, cause);
        }
    }

    private static IClientCredential credential(Microsoft365Settings.Credential credential) {
        if (credential instanceof Microsoft365Settings.ClientSecret secret) {
            return ClientCredentialFactory.createFromSecret(secret.secret());
        }
        Microsoft365Settings.Certificate certificate = (Microsoft365Settings.Certificate) credential;
        try (InputStream in = Files.newInputStream(certificate.pkcs12())) {
            return ClientCredentialFactory.createFromCertificate(in, certificate.password());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot read the certificate " + certificate.pkcs12() + ": " + e.getMessage(), e);
        }
    }
}
