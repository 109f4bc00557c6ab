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
 */
final class JdkMsalHttpClient implements IHttpClient {
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");
    private final HttpClient http;
    private final Duration timeout;

    JdkMsalHttpClient(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url().toString()))
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
            case POST -> builder.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body == null ? "" : body,
                    StandardCharsets.UTF_8));
            default -> builder.method(request.httpMethod().name(), body == null
                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.headers().map(), response.body());
    }

    private record Response(int statusCode, Map<String, List<String>> headers, String body) implements IHttpResponse {
    }
}
