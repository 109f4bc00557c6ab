package io.postkamer.bot.chat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.bot.auth.BrowserOrigin;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The local page's Bot Connector over HTTP: the three Bot Connector calls the bot makes (post to a
 * conversation, reply to an activity, update an activity), the page's event stream, and where the page
 * should say replies go. Only the bot posts here (it sends no {@code Origin}); a browser page from
 * another origin is refused.
 */
@RestController
@Conditional(ChatPageEnabled.class)
public class LocalConnectorController {
    static final String PATH = "/chat/connector/";

    private final LocalConnector connector;
    private final Environment environment;

    public LocalConnectorController(LocalConnector connector, Environment environment) {
        this.connector = connector;
        this.environment = environment;
    }

    /** The service URL the page puts on its activities: this server on loopback, whatever address the browser used. */
    @GetMapping(value = "/chat/config", produces = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode config() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "3978"));
        return JsonNodeFactory.instance.objectNode().put("serviceUrl", "http://127.0.0.1:" + port + PATH);
    }

    @GetMapping(value = "/chat/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        long lastSeen = 0;
        try {
            lastSeen = lastEventId == null ? 0 : Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException ignored) {
            // a page that never saw an event
        }
        return connector.listen(lastSeen);
    }

    @PostMapping(PATH + "v3/conversations/{conversationId}/activities")
    public ResponseEntity<ObjectNode> post(@PathVariable String conversationId, HttpServletRequest request)
            throws IOException {
        return accept(request, activity -> connector.posted(conversationId, activity));
    }

    @PostMapping(PATH + "v3/conversations/{conversationId}/activities/{replyToId}")
    public ResponseEntity<ObjectNode> reply(
            @PathVariable String conversationId, @PathVariable String replyToId, HttpServletRequest request)
            throws IOException {
        return accept(request, activity -> connector.posted(conversationId, activity));
    }

    @PutMapping(PATH + "v3/conversations/{conversationId}/activities/{activityId}")
    public ResponseEntity<ObjectNode> update(
            @PathVariable String conversationId, @PathVariable String activityId, HttpServletRequest request)
            throws IOException {
        return accept(request, activity -> {
            connector.updated(conversationId, activityId, activity);
            return activityId;
        });
    }

    private interface Taken {
        String id(ObjectNode activity);
    }

    private ResponseEntity<ObjectNode> accept(HttpServletRequest request, Taken taken) throws IOException {
        if (BrowserOrigin.isForeign(request)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!(Serialization.jsonToTree(body) instanceof ObjectNode activity)) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(JsonNodeFactory.instance.objectNode().put("id", taken.id(activity)));
    }
}
