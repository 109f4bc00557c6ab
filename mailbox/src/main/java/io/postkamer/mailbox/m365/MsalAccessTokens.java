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
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Client-credential tokens from Entra ID through msal4j, kept per scope until shortly before they
 * expire, so many calls cost one token request per resource. The tokens are kept here rather than
 * left to msal4j's own cache: with instance discovery off (needed for an authority other than
 * login.microsoftonline.com) msal4j 1.23.1 did not find its cached app tokens again and asked
 * Entra ID on every call.
 */
public final class MsalAccessTokens implements AccessTokens {
    private final ConfidentialClientApplication application;
    private final Microsoft365Settings settings;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public MsalAccessTokens(Microsoft365Settings settings, HttpClient http) {
        this(settings, http, Clock.systemUTC());
    }

    MsalAccessTokens(Microsoft365Settings settings, HttpClient http, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        try {
            // Instance discovery off: the authority is taken as given, so it can be a local fake.
            this.application = ConfidentialClientApplication.builder(settings.clientId(), credential(settings.credential()))
                    .authority(settings.authority() + "/" + settings.tenantId() + "/")
                    .validateAuthority(false)
                    .instanceDiscovery(false)
                    .httpClient(new JdkMsalHttpClient(http, settings.requestTimeout()))
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad authority " + settings.authority(), e);
        }
    }

    private record Token(String value, Instant renewAfter) {
    }

    @Override
    public String token(String scope) {
        Token cached = tokens.get(scope);
        if (cached != null && clock.instant().isBefore(cached.renewAfter())) {
            return cached.value();
        }
        synchronized (this) {
            cached = tokens.get(scope);
            if (cached != null && clock.instant().isBefore(cached.renewAfter())) {
                return cached.value();
            }
            IAuthenticationResult result = acquire(scope);
            Instant expires = result.expiresOnDate().toInstant();
            Instant now = clock.instant();
            // Renewed five minutes early, or halfway for short-lived tokens, so no call carries an expiring one.
            Duration margin = Duration.between(now, expires).compareTo(Duration.ofMinutes(10)) > 0
                    ? Duration.ofMinutes(5) : Duration.between(now, expires).dividedBy(2);
            tokens.put(scope, new Token(result.accessToken(), expires.minus(margin)));
            return result.accessToken();
        }
    }

    private IAuthenticationResult acquire(String scope) {
        try {
            return application.acquireToken(ClientCredentialParameters.builder(Set.of(scope)).build())
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
                throw new MailboxException.RemoteFailure("Entra ID", status, service.errorCode() + ": " + service.getMessage(),
                        retry, service);
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
            throw new IllegalArgumentException("cannot read the certificate " + certificate.pkcs12() + ": " + e.getMessage(), e);
        }
    }
}
