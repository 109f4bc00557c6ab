package io.postkamer.bot.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.bot.requests.RequestsOverHttp.FLIP;
import static io.postkamer.bot.requests.RequestsOverHttp.PIETER;
import static io.postkamer.bot.requests.RequestsOverHttp.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.Postgres;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class ExpiryAcrossRestartTest {

    @Test
    @DisplayName("time-bound access approved before a restart ends after it, once, with two instances looking")
    void endsOnceAfterRestart(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws Exception {
        WireMockServer connector =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"sent\"}")));
        String serviceUrl = connector.baseUrl() + "/";
        try (EmbeddedPostgres postgres = Postgres.start()) {
            String database = "spring.datasource.url=" + Postgres.jdbcUrl(postgres);
            long number;
            try (ConfigurableApplicationContext first = App.start("postkamer.data-dir=" + a, database)) {
                RequestsOverHttp.greet(first, FLIP, serviceUrl);
                RequestsOverHttp.greet(first, PIETER, serviceUrl);
                String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
                number = RequestsOverHttp.submit(
                        first,
                        serviceUrl,
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("mailbox", RECEPTIE32)
                                .put("sendOnBehalf", "true")
                                .put("reason", "Cover")
                                .put("until", tomorrow));
                RequestsOverHttp.press(first, PIETER, serviceUrl, "request.approve", number);
                assertThat(first.getBean(DemoTenant.class).writes())
                        .containsExactly("grant receptie32 Flip Schoonen SEND_ON_BEHALF");
                // Time passes while the bot is down: both jobs are due now.
                first.getBean(JdbcTemplate.class)
                        .update(
                                "UPDATE scheduled_job SET due_at = due_at - INTERVAL '3' DAY WHERE request_number = ?",
                                number);
            }
            try (ConfigurableApplicationContext second = App.start(
                            "postkamer.data-dir=" + b, database, "postkamer.requests.scheduler-interval=100ms");
                    ConfigurableApplicationContext third = App.start(
                            "postkamer.data-dir=" + c, database, "postkamer.requests.scheduler-interval=100ms")) {
                Requests requests = second.getBean(Requests.class);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> requests.audit().ofRequest(number).stream()
                                .anyMatch(e -> e.action().equals("notify expiry")));
                await().during(Duration.ofMillis(500))
                        .atMost(Duration.ofSeconds(5))
                        .until(() -> true);

                assertThat(Stream.of(second, third).flatMap(app -> app.getBean(DemoTenant.class).writes().stream()))
                        .containsExactly("revoke receptie32 Flip Schoonen SEND_ON_BEHALF");
                assertThat(requests.audit().ofRequest(number))
                        .filteredOn(e ->
                                e.action().startsWith("revoke") || e.action().startsWith("notify expiry"))
                        .extracting(AuditEntry::action, e -> e.outcome().word())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("notify expiry soon", "delivered"),
                                org.assertj.core.groups.Tuple.tuple("revoke SEND_ON_BEHALF", "done"),
                                org.assertj.core.groups.Tuple.tuple("notify expiry", "delivered"));
                assertThat(second.getBean(DemoTenant.class).delegates(RECEPTIE32).stream()
                                .filter(g -> g.trusteeId().equals(FLIP) && g.right() == Right.SEND_ON_BEHALF))
                        .isEmpty();
            }
            // Approval notice, the notice the day before, the end: three messages to Flip.
            connector.verify(
                    3, postRequestedFor(urlPathMatching("/v3/conversations/personal-" + FLIP + "/activities.*")));
        } finally {
            connector.stop();
        }
    }
}
