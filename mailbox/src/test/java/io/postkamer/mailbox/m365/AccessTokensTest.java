package io.postkamer.mailbox.m365;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(DemoTenant.contoso());

    @AfterEach
    void stop() {
        m365.close();
    }

    @Test
    @DisplayName(
            "many Graph and Exchange calls cost one client-credential token request per resource, from an authority with a port")
    void tokensAreCachedUntilExpiry() {
        MailboxService service = m365.newService();
        for (int i = 0; i < 5; i++) {
            service.person(FLIP);
            service.delegates(RECEPTIE32);
        }
        assertThat(m365.tokenRequests()).isEqualTo(2);
        String tokenPath = "/" + TENANT_ID + "/oauth2/v2.0/token";
        m365.server()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo(tokenPath))
                                .withRequestBody(containing("grant_type=client_credentials"))
                                .withRequestBody(containing("https%3A%2F%2Fgraph.microsoft.com%2F.default")));
        m365.server()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo(tokenPath))
                                .withRequestBody(containing("https%3A%2F%2Foutlook.office365.com%2F.default")));
    }

    @Test
    @DisplayName("a token with less than five minutes left is not used: every call then gets a fresh one")
    void tokenNearExpiryIsRenewed() {
        m365.issueTokensLasting(Duration.ofMinutes(4));
        MailboxService service = m365.newService();
        for (int i = 0; i < 3; i++) {
            service.person(FLIP);
        }
        assertThat(m365.tokenRequests()).isEqualTo(3);
    }

    @Test
    @DisplayName("with a certificate the token request carries a signed client assertion and no secret")
    void certificateSignsClientAssertion() throws Exception {
        Path pkcs12 = Files.createTempFile("postkamer-app", ".p12");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fake-microsoft-365/localhost.p12")) {
            Files.copy(in, pkcs12, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Microsoft365Settings settings = m365.settings();
            MailboxService service = m365.newService(new Microsoft365Settings(
                    settings.tenantId(),
                    settings.clientId(),
                    new Microsoft365Settings.Certificate(pkcs12, "fake-m365"),
                    settings.graphBaseUrl(),
                    settings.exchangeBaseUrl(),
                    settings.authority(),
                    settings.connectTimeout(),
                    settings.requestTimeout(),
                    settings.maxAttempts(),
                    settings.initialBackoff(),
                    settings.maxBackoff(),
                    settings.perMailboxConcurrency(),
                    settings.searchCacheSize(),
                    settings.searchCacheTtl(),
                    settings.searchPageSize(),
                    settings.purposeCacheSize(),
                    settings.purposeCacheTtl()));
            assertThat(service.person(FLIP)).isPresent();
            m365.server()
                    .verify(
                            1,
                            postRequestedFor(urlEqualTo("/" + TENANT_ID + "/oauth2/v2.0/token"))
                                    .withRequestBody(
                                            containing(
                                                    "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"))
                                    .withRequestBody(containing("client_assertion=ey"))
                                    .withRequestBody(notContaining("client_secret")));
        } finally {
            Files.delete(pkcs12);
        }
    }

    @Test
    @DisplayName("an authority that is not https is refused at start, because msal4j would refuse it")
    void authorityMustBeHttps() {
        assertThatThrownBy(() -> m365.settings()
                        .withEndpoints(
                                URI.create("http://localhost"),
                                URI.create("http://localhost"),
                                URI.create("http://localhost:" + m365.server().port())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
    }
}
