package io.postkamer.bot.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.bot.auth.AnonymousReplyGuard;
import io.postkamer.bot.auth.BrowserOrigin;
import io.postkamer.bot.auth.TenantGuard;
import io.postkamer.bot.metrics.TurnMetrics;
import io.postkamer.bot.wiring.PostkamerAdapter;
import io.postkamer.bot.wiring.ServiceFiles;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Framework messaging endpoint. Order matters: parse and check the activity (400/413),
 * authenticate (401), admit the tenant (403), run the turn once per delivered activity, and send back
 * what the turn produced — never the dialog-state traces the SDK adds to expectReplies answers.
 */
@RestController
public class MessagesController {
    private static final Logger LOG = LoggerFactory.getLogger(MessagesController.class);

    private final PostkamerAdapter adapter;
    private final Bot bot;
    private final TenantGuard tenants;
    private final AnonymousReplyGuard anonymousReplies;
    private final RecentActivities recent;
    private final ServiceFiles serviceFiles;
    private final TurnMetrics metrics;

    public MessagesController(
            PostkamerAdapter adapter,
            Bot bot,
            TenantGuard tenants,
            AnonymousReplyGuard anonymousReplies,
            RecentActivities recent,
            ServiceFiles serviceFiles,
            TurnMetrics metrics) {
        this.serviceFiles = serviceFiles;
        this.metrics = metrics;
        this.anonymousReplies = anonymousReplies;
        this.adapter = adapter;
        this.bot = bot;
        this.tenants = tenants;
        this.recent = recent;
    }

    @PostMapping("/api/messages")
    public ResponseEntity<byte[]> receive(
            @RequestHeader(value = "Authorization", required = false) String authHeader, HttpServletRequest request)
            throws IOException {
        // Only JSON, and not from a page of another site: a form or a text/plain POST is what a foreign
        // page can send without asking, and an anonymous bot would otherwise act on it.
        if (!isJson(request.getContentType())) {
            return error(415, "only application/json is accepted");
        }
        if (BrowserOrigin.isForeign(request)) {
            return error(403, "requests from another site's pages are refused");
        }
        // Read into a buffer of the declared size when there is one; a body over the limit is read just past
        // it, so that parsing refuses it.
        int declared = request.getContentLength();
        byte[] body = request.getInputStream()
                .readNBytes(
                        declared >= 0 && declared <= IncomingActivity.MAX_BYTES
                                ? declared
                                : IncomingActivity.MAX_BYTES + 1);
        return serviceFiles.around(() -> handle(authHeader, body));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip();
        return type.equalsIgnoreCase(MediaType.APPLICATION_JSON_VALUE);
    }

    private ResponseEntity<byte[]> handle(String authHeader, byte[] body) {
        long started = System.nanoTime();
        Activity[] parsed = new Activity[1];
        ResponseEntity<byte[]> answer = answerTo(authHeader, body, parsed);
        if (parsed[0] != null) {
            metrics.answered(
                    parsed[0].getType(),
                    parsed[0].getName(),
                    answer.getStatusCode().value(),
                    java.time.Duration.ofNanos(System.nanoTime() - started));
        }
        return answer;
    }

    private ResponseEntity<byte[]> answerTo(String authHeader, byte[] body, Activity[] parsed) {
        try {
            Activity activity = IncomingActivity.parse(body);
            parsed[0] = activity;
            InvokeResponse response = adapter.authenticate(authHeader, activity)
                    .thenCompose(identity -> {
                        if (!anonymousReplies.admits(activity)) {
                            throw new BadActivityException(
                                    400, "without bot credentials replies only go to a serviceUrl on this machine");
                        }
                        if (!tenants.admits(activity)) {
                            throw new BadActivityException(403, "this bot does not serve that tenant");
                        }
                        return recent.once(activity, () -> adapter.process(identity, activity, bot));
                    })
                    .get();
            return answer(response);
        } catch (BadActivityException e) {
            return error(e.status(), e.getMessage());
        } catch (ExecutionException | CompletionException e) {
            return failed(unwrap(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "interrupted");
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    private static ResponseEntity<byte[]> answer(InvokeResponse response) {
        if (response == null) {
            return ResponseEntity.accepted().build();
        }
        // Trace activities were already removed by the adapter (PostkamerAdapter.process).
        Object body = response.getBody();
        return ResponseEntity.status(response.getStatus())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body == null ? null : utf8(Serialization.toStringSilent(body)));
    }

    private static ResponseEntity<byte[]> failed(Throwable failure) {
        if (failure instanceof BadActivityException bad) {
            return error(bad.status(), bad.getMessage());
        }
        if (failure instanceof AuthenticationException) {
            return error(401, "unauthorized");
        }
        LOG.error("Turn failed", failure);
        return error(500, "the bot could not handle this activity");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static ResponseEntity<byte[]> error(int status, String reason) {
        ObjectNode body = Serialization.createObjectNode().put("error", reason);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(utf8(Serialization.toStringSilent(body)));
    }

    /** Bytes, not a String: Spring writes a String through a new 8 KB encoder per answer. */
    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
