package io.postkamer.dialogs.testing;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Bot Connector as Teams runs it, on loopback: a posted activity (a reply, a notice) gets an id;
 * a PUT replaces the activity with that id (a card updated in place). Everything is recorded as the
 * JSON that arrived, read back into activities. One server for the test JVM; each {@link TestChannel}
 * has a service URL of its own under it.
 */
final class ConnectorStandIn {
    private static final Pattern ACTIVITIES = Pattern.compile(
            "^/(?<channel>[^/]+)/v3/conversations/(?<conversation>[^/]+)/activities(?:/(?<activity>[^/]+))?$");
    private static final ConnectorStandIn INSTANCE = new ConnectorStandIn();

    /** What the connector received: a new activity or an update of one, in a conversation. */
    record Received(String channel, String conversationId, boolean update, Activity activity) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    private ConnectorStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "connector-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    static ConnectorStandIn instance() {
        return INSTANCE;
    }

    String serviceUrl(String channel) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + channel + "/";
    }

    List<Received> received(String channel) {
        return received.stream().filter(r -> r.channel().equals(channel)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = ACTIVITIES.matcher(exchange.getRequestURI().getRawPath());
            String method = exchange.getRequestMethod();
            if (!path.matches() || !(method.equals("POST") || method.equals("PUT"))) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Activity activity = Serialization.treeToValue(
                    Serialization.jsonToTree(
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)),
                    Activity.class);
            String conversation = URLDecoder.decode(path.group("conversation"), StandardCharsets.UTF_8);
            boolean update = method.equals("PUT");
            String id = update
                    ? URLDecoder.decode(path.group("activity"), StandardCharsets.UTF_8)
                    : "msg-" + ids.incrementAndGet();
            activity.setId(id);
            received.add(new Received(path.group("channel"), conversation, update, activity));
            byte[] answer = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }
}
