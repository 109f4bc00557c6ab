package io.postkamer.mailbox.m365;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * msal4j's token requests over the same {@link HttpClient} as Graph and Exchange: one place for
 * timeouts, proxies and trusted certificates (tests trust their local fake's certificate this way).
 * msal4j is given the authority without its port (see {@link MsalAccessTokens}); requests to that
 * host get the port back here.
 */
final class JdkMsalHttpClient implements IHttpClient {
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");
    private final HttpClient http;
    private final Duration timeout;
    private final URI authority;

    JdkMsalHttpClient(HttpClient http, Duration timeout, URI authority) {
        this.http = http;
        this.timeout = timeout;
        this.authority = authority;
    }

    /** The URL msal4j asks for, with the authority's port when msal4j was given the authority without it. */
    URI target(String url) {
        URI uri = URI.create(url);
        if (authority.getPort() == -1
                || uri.getPort() != -1
                || !authority.getScheme().equalsIgnoreCase(uri.getScheme())
                || !authority.getHost().equalsIgnoreCase(uri.getHost())) {
            return uri;
        }
        return URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + authority.getPort() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(
                        target(request.url().toString()))
                .timeout(timeout);
        if (request.headers() != null) {
            request.headers().forEach((name, value) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    builder.header(name, value);
                }
            });
        }
        String body = request.body();
        switch (request.httpMethod()) {
            case GET -> builder.GET();
            case POST ->
                builder.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        body == null ? "" : body, StandardCharsets.UTF_8));
            default ->
                builder.method(
                        request.httpMethod().name(),
                        body == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response =
                http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.headers().map(), response.body());
    }

    private record Response(int statusCode, Map<String, List<String>> headers, String body) implements IHttpResponse {}
}
