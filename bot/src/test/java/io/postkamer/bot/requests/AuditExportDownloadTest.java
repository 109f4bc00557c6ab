package io.postkamer.bot.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.dialogs.requests.Downloads;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit export in Teams: a card whose button opens a link on the bot itself, which serves the CSV
 * as a download while the link works, and nothing for a link it never gave or that has expired.
 */
class AuditExportDownloadTest {
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start(@TempDir Path data) {
        app = App.start("postkamer.data-dir=" + data, "postkamer.public-url=https://postkamer.contoso.example/bot/");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode exportCard() {
        ObjectNode said =
                Activities.expectReplies(Activities.message("personal-" + MEGAN, MEGAN, "export audit", "en-US"));
        HttpResponse<String> response = App.post(app, "/api/messages", said.toString(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        return Activities.cardOf(response);
    }

    @Test
    @DisplayName("an administrator's export is a card with a link on the bot's public address that downloads the CSV")
    void exportDownloadsFromTheBot() {
        JsonNode card = exportCard();
        JsonNode button = card.path("actions").get(0);
        assertThat(button.path("type").asText()).isEqualTo("Action.OpenUrl");
        URI link = URI.create(button.path("url").asText());
        assertThat(link.toString()).startsWith("https://postkamer.contoso.example/bot/downloads/");

        HttpResponse<String> download = App.get(app, link.getPath().replaceFirst("^/bot", ""));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        disposition -> assertThat(disposition).contains("attachment", "postkamer-audit.csv"));
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(download.body().lines())
                .first()
                .isEqualTo("at,actor,actor id,action,target,target id,mailbox,request,outcome,detail,before,after,"
                        + "what happened (in words),how it ended (in words)");
    }

    @Test
    @DisplayName("a link the bot never gave, or a malformed one, is the same 404 with a sentence")
    void unknownLinksAreNotFound() {
        for (String path : new String[] {
            "/downloads/AAAAAAAAAAAAAAAAAAAAAA", "/downloads/..%2F..%2Fetc%2Fpasswd", "/downloads/x' OR '1'='1"
        }) {
            HttpResponse<String> response = App.get(app, path.replace(" ", "%20"));
            assertThat(response.statusCode()).as(path).isIn(400, 404);
        }
        HttpResponse<String> unknown = App.get(app, "/downloads/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("expired or does not exist");
    }

    @Test
    @DisplayName("a link works until it expires, then no longer; expired files are removed when the next is offered")
    void linksExpire() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T09:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        JdbcDownloads downloads =
                new JdbcDownloads(jdbc, () -> URI.create("https://postkamer.test"), Duration.ofMinutes(10), clock);
        URI first =
                downloads.offer(new Downloads.Download("a.csv", "text/csv", "a\n".getBytes(StandardCharsets.UTF_8)));
        String token = first.getPath().substring("/downloads/".length());
        assertThat(first.toString()).startsWith("https://postkamer.test/downloads/");
        assertThat(downloads.find(token))
                .hasValueSatisfying(file -> assertThat(file.fileName()).isEqualTo("a.csv"));

        now.set(now.get().plus(Duration.ofMinutes(11)));
        assertThat(downloads.find(token)).isEmpty();
        downloads.offer(new Downloads.Download("b.csv", "text/csv", "b\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM download WHERE token = ?", Integer.class, token))
                .isZero();
    }
}
