package io.postkamer.mailbox.m365.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WireMock extension that answers as Entra ID (client-credential tokens), Microsoft Graph and
 * Exchange Online's admin API. Graph and Exchange want a token for their own resource, Exchange also
 * the X-AnchorMailbox header, as the real services do.
 */
final class FakeMicrosoft365Transformer implements ResponseDefinitionTransformerV2 {
    private static final Pattern TOKEN = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
    private static final Pattern INVOKE = Pattern.compile("/adminapi/beta/([^/]+)/InvokeCommand");
    static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
    static final String EXCHANGE_SCOPE = "https://outlook.office365.com/.default";

    private final String tenantId;
    private final FakeGraph graph;
    private final FakeExchange exchange;
    private final Map<String, String> scopeOfToken = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private volatile long tokenLifetimeSeconds = 3599;

    FakeMicrosoft365Transformer(String tenantId, FakeGraph graph, FakeExchange exchange) {
        this.tenantId = tenantId;
        this.graph = graph;
        this.exchange = exchange;
    }

    @Override
    public String getName() {
        return FakeMicrosoft365.TRANSFORMER;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        FakeAnswer answer = answer(request, url, path);
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(answer.status())
                .withHeader("request-id", java.util.UUID.randomUUID().toString());
        if (answer.body() != null) {
            response.withHeader("Content-Type", "application/json; odata.metadata=minimal")
                    .withBody(answer.body().toString());
        }
        ResponseDefinition stubbed = serveEvent.getResponseDefinition();
        if (stubbed.getFixedDelayMilliseconds() != null) {
            // A stub's delay is how long the service takes to answer, so the fake's own work is part of it.
            long spent = System.currentTimeMillis()
                    - serveEvent.getRequest().getLoggedDate().getTime();
            response.withFixedDelay((int) Math.max(0, stubbed.getFixedDelayMilliseconds() - spent));
        }
        if (stubbed.getFault() != null) {
            // A fault stub that also names this transformer: the request was done, and its answer is lost.
            response.withFault(stubbed.getFault());
        }
        return response.build();
    }

    private FakeAnswer answer(Request request, String url, String path) {
        String method = request.getMethod().getName();
        Matcher token = TOKEN.matcher(path);
        if (method.equals("POST") && token.matches()) {
            return token(token.group(1), request.getBodyAsString());
        }
        if (path.startsWith("/v1.0/")) {
            if (!authorised(request, GRAPH_SCOPE)) {
                return FakeAnswer.graphError(
                        401, "InvalidAuthenticationToken", "Access token is empty or not valid for Graph.");
            }
            FakeAnswer answer = graph.handle(FakeRequest.of(method, url, json(request.getBodyAsString())));
            if (answer.body() instanceof com.fasterxml.jackson.databind.node.ObjectNode page
                    && page.path("@odata.nextLink").asText("").startsWith("GRAPH_BASE")) {
                String absolute = request.getAbsoluteUrl();
                String origin = absolute.substring(0, absolute.indexOf(path));
                page.put(
                        "@odata.nextLink",
                        origin + page.path("@odata.nextLink").asText().substring("GRAPH_BASE".length()));
            }
            return answer;
        }
        Matcher invoke = INVOKE.matcher(path);
        if (method.equals("POST") && invoke.matches()) {
            if (!authorised(request, EXCHANGE_SCOPE)) {
                return FakeAnswer.exchangeError(
                        401, "UnauthorizedAccessException", "The token is not valid for Exchange.");
            }
            String anchor = request.getHeader("X-AnchorMailbox");
            if (!invoke.group(1).equalsIgnoreCase(tenantId)
                    || !("APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + tenantId)
                            .equalsIgnoreCase(anchor)) {
                return FakeAnswer.exchangeError(
                        400,
                        "Microsoft.Exchange.Admin.OData.Core.BadRequestException",
                        "Tenant or X-AnchorMailbox does not match this organisation.");
            }
            return exchange.handle(
                    json(request.getBodyAsString()), request.getAbsoluteUrl(), request.getHeader("Prefer"));
        }
        return FakeAnswer.graphError(404, "NotFound", "Nothing at " + path + " in the fake Microsoft 365.");
    }

    /** How long the tokens issued from now on say they last. */
    void tokenLifetime(java.time.Duration lifetime) {
        tokenLifetimeSeconds = lifetime.toSeconds();
    }

    private FakeAnswer token(String tenant, String form) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String scope = fields.getOrDefault("scope", "");
        if (!tenant.equalsIgnoreCase(tenantId)
                || !"client_credentials".equals(fields.get("grant_type"))
                || !(scope.contains(GRAPH_SCOPE) || scope.contains(EXCHANGE_SCOPE))) {
            var body = FakeAnswer.JSON
                    .createObjectNode()
                    .put("error", "invalid_request")
                    .put(
                            "error_description",
                            "AADSTS900144: this fake issues client-credential tokens for Graph and Exchange of tenant "
                                    + tenantId);
            return new FakeAnswer(400, body);
        }
        String resource = scope.contains(GRAPH_SCOPE) ? GRAPH_SCOPE : EXCHANGE_SCOPE;
        String accessToken =
                "fake." + (resource.equals(GRAPH_SCOPE) ? "graph" : "exchange") + "." + issued.incrementAndGet();
        scopeOfToken.put(accessToken, resource);
        var body = FakeAnswer.JSON
                .createObjectNode()
                .put("token_type", "Bearer")
                .put("expires_in", tokenLifetimeSeconds)
                .put("ext_expires_in", tokenLifetimeSeconds)
                .put("access_token", accessToken);
        return FakeAnswer.ok(body);
    }

    private boolean authorised(Request request, String scope) {
        String header = request.getHeader("Authorization");
        return header != null
                && header.startsWith("Bearer ")
                && scope.equals(scopeOfToken.get(header.substring("Bearer ".length())));
    }

    private static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return FakeAnswer.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
