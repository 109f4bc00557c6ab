package io.postkamer.bot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Memory and state: 10,000 conversations left in the middle of the create wizard (on the address
 * card), then the bytes persisted per conversation and the heap the whole set holds.
 *
 * <p>A benchmark, not a test: it asserts nothing and is excluded from {@code mvn verify}. Run it with
 * {@code mvn -B -pl bot -am verify -Dtest=StateSizeBenchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class StateSizeBenchmark {
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    private static final int CONVERSATIONS = 10_000;

    @Test
    void stateOfTenThousandWizards(@TempDir Path data) throws Exception {
        try (ConfigurableApplicationContext app = App.start("postkamer.data-dir=" + data)) {
            long heapBefore = usedHeapAfterGc();
            AtomicInteger reached = new AtomicInteger();
            ExecutorService users = Executors.newFixedThreadPool(16);
            for (int i = 0; i < CONVERSATIONS; i++) {
                String conversation = "size-" + i;
                int number = i;
                users.submit(() -> {
                    JsonNode nameCard = card(App.post(
                            app,
                            "/api/messages",
                            Activities.expectReplies(
                                            Activities.message(conversation, MEGAN, "create a shared mailbox", "en-US"))
                                    .toString(),
                            null));
                    ObjectNode value = JsonNodeFactory.instance.objectNode();
                    value.putObject("action")
                            .put("type", "Action.Execute")
                            .put("verb", "next")
                            .putObject("data")
                            .put("token", nameCard.findValue("token").asText())
                            .put("displayName", "Afdeling " + number);
                    JsonNode addressCard = card(App.post(
                            app,
                            "/api/messages",
                            Activities.expectReplies(Activities.invoke(
                                            conversation, MEGAN, "adaptiveCard/action", value, "en-US"))
                                    .toString(),
                            null));
                    if (addressCard.toString().contains("afdeling." + number)) {
                        reached.incrementAndGet();
                    }
                });
            }
            users.shutdown();
            users.awaitTermination(30, TimeUnit.MINUTES);
            long heapAfter = usedHeapAfterGc();

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long rows = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM bot_state_item WHERE item_key LIKE '%conversations/size-%'", Long.class);
            long bytes = jdbc.queryForObject(
                    "SELECT SUM(LENGTH(content)) FROM bot_state_item " + "WHERE item_key LIKE '%conversations/size-%'",
                    Long.class);
            String report = String.format(
                    Locale.ROOT,
                    """
                    | what | figure |
                    |---|---|
                    | conversations left on the address card | %d of %d |
                    | persisted conversation state | %d rows, %.0f bytes per conversation (largest allowed: 8 KB) |
                    | heap held by the whole set (after GC) | %.1f MB (budget: 512 MB) |
                    """,
                    reached.get(),
                    CONVERSATIONS,
                    rows,
                    (double) bytes / rows,
                    (heapAfter - heapBefore) / 1024.0 / 1024.0);
            System.out.println(report);
            Path out = Path.of("target", "benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("state-size.md"), report);
        }
    }

    private static JsonNode card(HttpResponse<String> response) {
        for (JsonNode reply : Activities.replies(response.body())) {
            JsonNode invoked = reply.path("value").path("body");
            if (invoked.path("type").asText().equals("application/vnd.microsoft.card.adaptive")) {
                return invoked.path("value");
            }
            if (reply.path("attachments").size() > 0) {
                return reply.path("attachments").get(0).path("content");
            }
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
