package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.TENANT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokensTest {
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(DemoTenant.contoso());

    @AfterEach
    void stop() {
        m365.close();
    }

    @Test
    @DisplayName("many Graph and Exchange calls cost one client-credential token request per resource, from an authority with a port")
    void tokensAreCachedUntilExpiry() {
        MailboxService service = m365.newService();
        for (int i = 0; i < 5; i++) {
            service.person(FLIP);
            service.delegates(RECEPTIE32);
        }
        assertThat(m365.tokenRequests()).isEqualTo(2);
        String tokenPath = "/" + TENANT_ID + "/oauth2/v2.0/token";
        m365.server().verify(1, postRequestedFor(urlEqualTo(tokenPath))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("https%3A%2F%2Fgraph.microsoft.com%2F.default")));
        m365.server().verify(1, postRequestedFor(urlEqualTo(tokenPath))
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
    @DisplayName("an authority that is not https is refused at start, because msal4j would refuse it")
    void authorityMustBeHttps() {
        assertThatThrownBy(() -> m365.settings().withEndpoints(URI.create("http://localhost"), URI.create("http://localhost"),
                URI.create("http://localhost:" + m365.server().port())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }
}
