package io.postkamer.bot.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Bot Connector of the local chat page, as Teams's is to Teams: the bot posts replies, notices and
 * card updates here (its {@code serviceUrl}); each gets an id, and every open page hears of it at once
 * as a Server-Sent Event, whoever's chat it is in. A reconnecting page gets what it missed (the last
 * {@value #KEPT} events) through {@code Last-Event-ID}.
 */
public final class LocalConnector implements AutoCloseable {
    static final int KEPT = 500;
    private static final long NEVER_TIMES_OUT = 0L;

    /** Something the bot sent: a new activity, or an update of one it sent before. */
    record Event(long id, String kind, String conversationId, JsonNode activity) {
        ObjectNode json() {
            ObjectNode event =
                    JsonNodeFactory.instance.objectNode().put("kind", kind).put("conversationId", conversationId);
            event.set("activity", activity);
            return event;
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final Deque<Event> recent = new ArrayDeque<>();
    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-connector-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public LocalConnector() {
        // Proxies and browsers give up on a silent stream; a comment every 20 s keeps it open.
        heartbeat.scheduleAtFixedRate(this::keepAlive, 20, 20, TimeUnit.SECONDS);
    }

    /** A new activity in a conversation: its id, as the connector answers it. */
    public String posted(String conversationId, ObjectNode activity) {
        long id = ids.incrementAndGet();
        String activityId = "local-" + id;
        activity.put("id", activityId);
        publish(new Event(id, "posted", conversationId, activity));
        return activityId;
    }

    public void updated(String conversationId, String activityId, ObjectNode activity) {
        activity.put("id", activityId);
        publish(new Event(ids.incrementAndGet(), "updated", conversationId, activity));
    }

    /** A page listening from now on, first given what it missed since {@code lastSeen} (0: nothing). */
    public SseEmitter listen(long lastSeen) {
        SseEmitter page = new SseEmitter(NEVER_TIMES_OUT);
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(() -> pages.remove(page));
        page.onError(failure -> pages.remove(page));
        synchronized (recent) {
            try {
                page.send(SseEmitter.event().comment("postkamer local connector"));
                if (lastSeen > 0) {
                    for (Event missed : recent) {
                        if (missed.id() > lastSeen) {
                            send(page, missed);
                        }
                    }
                }
            } catch (IOException gone) {
                return page;
            }
            pages.add(page);
        }
        return page;
    }

    private void publish(Event event) {
        synchronized (recent) {
            recent.addLast(event);
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
            for (SseEmitter page : pages) {
                try {
                    send(page, event);
                } catch (IOException | IllegalStateException gone) {
                    pages.remove(page);
                }
            }
        }
    }

    private static void send(SseEmitter page, Event event) throws IOException {
        page.send(SseEmitter.event()
                .id(Long.toString(event.id()))
                .name("activity")
                .data(event.json(), MediaType.APPLICATION_JSON));
    }

    private void keepAlive() {
        for (SseEmitter page : pages) {
            try {
                page.send(SseEmitter.event().comment("still here"));
            } catch (IOException | IllegalStateException gone) {
                pages.remove(page);
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        pages.forEach(SseEmitter::complete);
    }
}
