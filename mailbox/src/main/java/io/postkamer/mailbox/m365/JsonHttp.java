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
import java.time.ZoneOffset;
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
    private final CallBudget budget;
    private final CallObserver observer;
    private final Runnable aroundChange;

    /**
     * @param aroundChange told before and after every request that may change the tenant, so that reads kept (and a
     *                     read that was under way meanwhile) are dropped
     */
    JsonHttp(
            String service,
            HttpClient http,
            AccessTokens tokens,
            String scope,
            Duration timeout,
            CallBudget budget,
            CallObserver observer,
            Runnable aroundChange) {
        this.aroundChange = aroundChange;
        this.service = service;
        this.http = http;
        this.tokens = tokens;
        this.scope = scope;
        this.timeout = timeout;
        this.budget = budget;
        this.observer = observer;
    }

    record Answer(int status, JsonNode body, HttpHeaders headers) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Answer send(String method, URI uri, Map<String, String> headers, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Bearer " + tokens.token(scope))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        HttpRequest built = request.build();
        String operation = operation(method, uri, body);
        boolean changing = changes(method, operation, body);
        if (changing) {
            aroundChange.run();
        }
        HttpResponse<String> response;
        long started = System.nanoTime();
        try (CallBudget.Permit permit = budget.take(service, observer)) {
            started = System.nanoTime();
            response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            observer.called(service, operation, 0, Duration.ofNanos(System.nanoTime() - started));
            throw new MailboxException.RemoteFailure(
                    service, operation, 0, method + " " + uri.getPath() + " timed out", true, e);
        } catch (IOException e) {
            observer.called(service, operation, 0, Duration.ofNanos(System.nanoTime() - started));
            throw new MailboxException.RemoteFailure(
                    service, operation, 0, method + " " + uri.getPath() + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailboxException.RemoteFailure(service, 0, "interrupted", false, e);
        }
        observer.called(service, operation, response.statusCode(), Duration.ofNanos(System.nanoTime() - started));
        if (changing) {
            aroundChange.run();
        }
        Answer answer = new Answer(response.statusCode(), parse(response.body()), response.headers());
        int status = answer.status();
        Optional<Duration> retryAfter = retryAfter(response.headers());
        if (status == 429 || (status == 503 && retryAfter.isPresent())) {
            // Everyone sharing the tenant's budget waits, not only this call.
            retryAfter.ifPresent(wait -> budget.backOff(service, wait));
            throw new MailboxException.Throttled(service, operation, retryAfter.orElse(Duration.ZERO));
        }
        if (status == 408 || status >= 500) {
            throw new MailboxException.RemoteFailure(service, operation, status, errorText(answer.body()), true, null);
        }
        return answer;
    }

    /** Whether a request may change the tenant: a cmdlet other than Get-, or a Graph write (a batch of reads is none). */
    private static boolean changes(String method, String operation, JsonNode body) {
        if (body != null && body.path("CmdletInput").has("CmdletName")) {
            return !operation.startsWith("Get-");
        }
        if (operation.endsWith("/$batch")) {
            for (JsonNode request : body == null ? MissingNode.getInstance() : body.path("requests")) {
                if (!"GET".equals(request.path("method").asText())) {
                    return true;
                }
            }
            return false;
        }
        return !"GET".equals(method);
    }

    /** The cmdlet a call runs, or its method and path with ids and the query left out: a metric's name, never data. */
    static String operation(String method, URI uri, JsonNode body) {
        JsonNode cmdlet = body == null
                ? MissingNode.getInstance()
                : body.path("CmdletInput").path("CmdletName");
        if (cmdlet.isTextual()) {
            return cmdlet.asText();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String shape = path.replaceAll(
                        "/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "/{id}")
                .replaceAll("/[^/]*@[^/]*", "/{id}")
                .replaceAll("/v1\\.0|/beta", "");
        return method + " " + shape;
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
                    Duration d = Duration.between(
                            ZonedDateTime.now(ZoneOffset.UTC),
                            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
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
