package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.postkamer.mailbox.MailboxException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON request to Graph or Exchange with the application's bearer token and a timeout. Answers
 * that say "try again" become transient {@link MailboxException}s (429 and 503 as {@code Throttled}
 * with their Retry-After, other 5xx, 408, timeouts and broken connections as transient
 * {@code RemoteFailure}); other answers are returned for the caller to read.
 */
final class JsonHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    private final String service;
    private final HttpClient http;
    private final AccessTokens tokens;
    private final String scope;
    private final Duration timeout;

    JsonHttp(String service, HttpClient http, AccessTokens tokens, String scope, Duration timeout) {
        this.service = service;
        this.http = http;
        this.tokens = tokens;
        this.scope = scope;
        this.timeout = timeout;
    }

    record Answer(int status, JsonNode body, HttpHeaders headers) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Answer send(String method, URI uri, Map<String, String> headers, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + tokens.token(scope))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new MailboxException.RemoteFailure(service, 0, method + " " + uri.getPath() + " timed out", true, e);
        } catch (IOException e) {
            throw new MailboxException.RemoteFailure(service, 0, method + " " + uri.getPath() + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailboxException.RemoteFailure(service, 0, "interrupted", false, e);
        }
        Answer answer = new Answer(response.statusCode(), parse(response.body()), response.headers());
        int status = answer.status();
        Optional<Duration> retryAfter = retryAfter(response.headers());
        if (status == 429 || (status == 503 && retryAfter.isPresent())) {
            throw new MailboxException.Throttled(service, retryAfter.orElse(Duration.ZERO));
        }
        if (status == 408 || status >= 500) {
            throw new MailboxException.RemoteFailure(service, status, errorText(answer.body()), true, null);
        }
        return answer;
    }

    MailboxException failure(Answer answer) {
        return new MailboxException.RemoteFailure(service, answer.status(), errorText(answer.body()), false, null);
    }

    static String errorText(JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isMissingNode()) {
            return body.toString();
        }
        return error.path("code").asText("") + ": " + error.path("message").asText("");
    }

    static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(value -> {
            String v = value.strip();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                    return Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        });
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(body.length() > 500 ? body.substring(0, 500) : body);
        }
    }
}
