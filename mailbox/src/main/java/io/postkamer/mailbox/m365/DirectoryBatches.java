package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Many directory objects read in Graph {@code $batch}es of twenty, a few batches at once: a report's thousands of
 * accounts and trustees in a hundred round trips instead of thousands. Each batch is tried again as a whole when
 * Graph throttles or fails it.
 */
final class DirectoryBatches {
    /** Batches at once: within Graph's budget of calls at once, with room left for people's own turns. */
    static final int AT_ONCE = 4;

    private final GraphClient graph;
    private final Resilience resilience;
    private final ExecutorService batches;

    DirectoryBatches(GraphClient graph, Resilience resilience) {
        this.graph = graph;
        this.resilience = resilience;
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(AT_ONCE, AT_ONCE, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "postkamer-graph-batches");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.batches = pool;
    }

    /** Users by id or sign-in name, with these properties; those Graph does not have are absent. */
    Map<String, JsonNode> users(List<String> idsOrSignInNames, String select) {
        return read(
                idsOrSignInNames,
                key -> "/users/" + GraphClient.pathSegment(key) + "?$select=" + select,
                answer -> answer);
    }

    /** Groups by id; those Graph does not have are absent. */
    Map<String, JsonNode> groups(List<String> ids) {
        return read(ids, id -> "/groups/" + GraphClient.pathSegment(id) + "?$select=id,displayName", answer -> answer);
    }

    /** Groups by the name or address Exchange shows for them; those no group answers to are absent. */
    Map<String, JsonNode> groupsNamed(List<String> names) {
        return read(
                names,
                name -> {
                    String literal = name.replace("'", "''");
                    return "/groups?$filter="
                            + GraphClient.pathSegment("displayName eq '" + literal + "' or mail eq '" + literal + "'")
                            + "&$select=id,displayName&$top=1";
                },
                answer -> answer.path("value").path(0));
    }

    /**
     * Each key's answer, keys compared without regard to case; {@code found} picks the object out of an answer, and
     * an answer without one (missing node) counts as absent.
     */
    private Map<String, JsonNode> read(
            List<String> keys, Function<String, String> path, Function<JsonNode, JsonNode> found) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(
                keys.stream().map(key -> key.toLowerCase(Locale.ROOT)).toList()));
        List<Future<List<GraphClient.BatchAnswer>>> asked = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += GraphClient.BATCH_LIMIT) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + GraphClient.BATCH_LIMIT));
            List<GraphClient.BatchGet> gets = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                gets.add(new GraphClient.BatchGet(Integer.toString(i), path.apply(chunk.get(i))));
            }
            asked.add(batches.submit(() -> resilience.run(null, attempt -> graph.reads(gets))));
        }
        Map<String, JsonNode> answers = new HashMap<>();
        for (int b = 0; b < asked.size(); b++) {
            List<String> chunk = distinct.subList(
                    b * GraphClient.BATCH_LIMIT, Math.min(distinct.size(), (b + 1) * GraphClient.BATCH_LIMIT));
            for (GraphClient.BatchAnswer answer : Awaited.value(asked.get(b))) {
                JsonNode object = answer.found() ? found.apply(answer.body()) : null;
                if (object != null && !object.isMissingNode()) {
                    answers.put(chunk.get(Integer.parseInt(answer.id())), object);
                }
            }
        }
        return answers;
    }

    /** The answer for a key as it was asked, in any case; none when Graph has no such object. */
    static Optional<JsonNode> of(Map<String, JsonNode> answers, String key) {
        return Optional.ofNullable(answers.get(key.toLowerCase(Locale.ROOT)));
    }
}
