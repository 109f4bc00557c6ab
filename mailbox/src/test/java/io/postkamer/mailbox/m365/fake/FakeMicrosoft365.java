package io.postkamer.mailbox.m365.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.Microsoft365MailboxService;
import io.postkamer.mailbox.m365.Microsoft365Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Microsoft 365 on a local WireMock server, backed by a {@link DemoTenant}: Entra ID's token
 * endpoint (over https, as msal4j insists), Microsoft Graph and Exchange Online's InvokeCommand, in
 * their real request and answer shapes. Tests of any module can run the real
 * {@link Microsoft365MailboxService} against it (mailbox test-jar):
 *
 * <pre>{@code
 * try (FakeMicrosoft365 m365 = FakeMicrosoft365.start(DemoTenant.contoso())) {
 *     MailboxService service = m365.newService();
 *     ...
 *     m365.cmdlets();              // "Get-Mailbox", "Add-MailboxPermission", ... in order received
 *     m365.requests();             // every request, with its body
 *     m365.server().stubFor(...);  // faults: a stub with a higher priority (lower number) wins
 * }
 * }</pre>
 */
public final class FakeMicrosoft365 implements AutoCloseable {
    public static final String TRANSFORMER = "fake-microsoft-365";
    public static final String CLIENT_ID = "9c2b4a1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b";
    /** The bot's Teams app: the id in its manifest, and its id in the tenant's app catalog. */
    public static final String TEAMS_APP_MANIFEST_ID = FakeGraph.MANIFEST_ID;

    public static final String TEAMS_APP_CATALOG_ID = FakeGraph.CATALOG_APP_ID;
    private static final String KEYSTORE = "fake-microsoft-365/localhost.p12";
    private static final String KEYSTORE_PASSWORD = "fake-m365";
    /** The catch-all stub's priority; fault stubs with a smaller number are matched first. */
    public static final int FAKE_PRIORITY = 100;

    private final DemoTenant tenant;
    private final FakeGraph graph;
    private final WireMockServer server;
    private final HttpClient httpClient;
    private final FakeMicrosoft365Transformer transformer;

    private FakeMicrosoft365(DemoTenant tenant) {
        this.tenant = tenant;
        String tenantId = tenant.organisation().tenantId();
        this.graph = new FakeGraph(tenant);
        this.transformer = new FakeMicrosoft365Transformer(tenantId, graph, new FakeExchange(tenant));
        Path keystore = copyKeystore();
        this.server = new WireMockServer(options()
                .dynamicPort()
                .dynamicHttpsPort()
                .keystorePath(keystore.toString())
                .keystorePassword(KEYSTORE_PASSWORD)
                .keyManagerPassword(KEYSTORE_PASSWORD)
                .keystoreType("PKCS12")
                .containerThreads(40)
                .extensions(transformer));
        server.start();
        server.stubFor(
                any(anyUrl()).atPriority(FAKE_PRIORITY).willReturn(aResponse().withTransformers(TRANSFORMER)));
        this.httpClient = HttpClient.newBuilder()
                .sslContext(trustingKeystore())
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static FakeMicrosoft365 start(DemoTenant tenant) {
        return new FakeMicrosoft365(tenant);
    }

    public DemoTenant tenant() {
        return tenant;
    }

    /**
     * A user account the demo tenant has no notion of, such as a room's or a piece of equipment's: Graph's users search
     * finds it and {@code mailboxSettings/userPurpose} answers {@code userPurpose} ({@code "room"}, {@code "equipment"},
     * …), or 404 {@code MailboxNotEnabledForRESTAPI} when empty (an account without a mailbox).
     */
    public FakeMicrosoft365 addAccount(Person account, Optional<String> userPurpose) {
        graph.add(new FakeGraph.Account(account, userPurpose));
        return this;
    }

    /** Tokens issued from now on say they last this long (Entra ID's are about an hour). */
    public FakeMicrosoft365 issueTokensLasting(Duration lifetime) {
        transformer.tokenLifetime(lifetime);
        return this;
    }

    /** The WireMock server, for fault stubs and request verification. */
    public WireMockServer server() {
        return server;
    }

    /** Graph and Exchange on plain http, the authority on https with the fake's own certificate. */
    public Microsoft365Settings settings() {
        URI http = URI.create("http://localhost:" + server.port());
        return Microsoft365Settings.of(
                        tenant.organisation().tenantId(),
                        CLIENT_ID,
                        new Microsoft365Settings.ClientSecret("fake-secret"))
                .withEndpoints(http, http, URI.create("https://localhost:" + server.httpsPort()))
                .withRetries(4, Duration.ofMillis(20), Duration.ofSeconds(2));
    }

    /** An HTTP client that trusts the fake's certificate (and only the usual ones besides it). */
    public HttpClient httpClient() {
        return httpClient;
    }

    public Microsoft365MailboxService newService() {
        return newService(settings());
    }

    public Microsoft365MailboxService newService(Microsoft365Settings settings) {
        return Microsoft365MailboxService.builder(settings)
                .httpClient(httpClient)
                .build();
    }

    /** A request the fake received, oldest first. */
    public record Received(String method, String url, JsonNode body) {
        public boolean isToken() {
            return url.contains("/oauth2/v2.0/token");
        }

        public boolean isGraph() {
            return url.startsWith("/v1.0/");
        }

        public boolean isExchange() {
            return url.contains("/InvokeCommand");
        }

        /** The cmdlet of an Exchange request; empty for others. */
        public String cmdlet() {
            return body.path("CmdletInput").path("CmdletName").asText("");
        }

        public JsonNode parameters() {
            return body.path("CmdletInput").path("Parameters");
        }

        /** Whether it may change the tenant: a cmdlet other than Get-, or a Graph write (a batch of reads is none). */
        public boolean isChange() {
            return isExchange() ? !cmdlet().startsWith("Get-") : isGraph() && !method.equals("GET") && !isBatch();
        }

        /** A change as a test reads it: the cmdlet and its parameters, or the method, path and body. */
        public String change() {
            return isExchange()
                    ? cmdlet() + " " + parameters()
                    : method + " " + url.replaceAll("\\?.*", "") + " " + body;
        }

        public boolean isBatch() {
            return isGraph() && url.equals("/v1.0/$batch");
        }

        /** The URLs of the requests in a Graph {@code $batch}, as sent ({@code /users?$search=…}); empty for others. */
        public List<String> batched() {
            List<String> urls = new ArrayList<>();
            if (isBatch()) {
                body.path("requests")
                        .forEach(request -> urls.add(request.path("url").asText()));
            }
            return urls;
        }

        /** A people picker's search: users and groups by what was typed, in one batch. */
        public boolean isPeopleSearch() {
            return batched().stream().anyMatch(u -> u.startsWith("/users?$search="));
        }

        /** A batch asking what user accounts' mailboxes are for (a person's, a shared mailbox's, a room's). */
        public boolean isPurposeLookup() {
            return !batched().isEmpty() && batched().stream().allMatch(u -> u.endsWith("/mailboxSettings/userPurpose"));
        }
    }

    public List<Received> requests() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return events.stream()
                .map(e -> new Received(
                        e.getRequest().getMethod().getName(),
                        e.getRequest().getUrl(),
                        json(e.getRequest().getBodyAsString())))
                .toList();
    }

    /** The Exchange cmdlets received, oldest first. */
    public List<String> cmdlets() {
        return requests().stream()
                .filter(Received::isExchange)
                .map(Received::cmdlet)
                .toList();
    }

    public long tokenRequests() {
        return requests().stream().filter(Received::isToken).count();
    }

    /** Graph calls received: a {@code $batch} is one, however many requests it carries. */
    public long graphRequests() {
        return requests().stream().filter(Received::isGraph).count();
    }

    /** Forgets the requests received so far (stubs stay). */
    public void forgetRequests() {
        server.resetRequests();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static JsonNode json(String body) {
        if (body == null || body.isBlank() || !(body.startsWith("{") || body.startsWith("["))) {
            return MissingNode.getInstance();
        }
        try {
            return FakeAnswer.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private static Path copyKeystore() {
        try (InputStream in = FakeMicrosoft365.class.getClassLoader().getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + KEYSTORE + " on the test classpath");
            }
            Path file = Files.createTempFile("fake-microsoft-365", ".p12");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SSLContext trustingKeystore() {
        try (InputStream in = FakeMicrosoft365.class.getClassLoader().getResourceAsStream(KEYSTORE)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the fake's certificate", e);
        }
    }
}
