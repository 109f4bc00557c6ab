package io.postkamer.bot.health;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.Postgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application, two instances on one PostgreSQL database, posting the weekly health report. */
class HealthReportPostAcrossInstancesTest {
    private static final String CHANNEL = "19:helpdesk@thread.tacv2";
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";

    @Test
    @DisplayName("with post-every set, two instances sharing a database post the week's report to the helpdesk"
            + " channel once, in the channel's language, and audit it once")
    void onceAcrossInstances(@TempDir Path a, @TempDir Path b) throws Exception {
        WireMockServer connector =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"sent\"}")));
        try (EmbeddedPostgres postgres = Postgres.start()) {
            String database = "spring.datasource.url=" + Postgres.jdbcUrl(postgres);
            String[] settings = {
                database,
                "postkamer.health.post-every=P7D",
                "postkamer.requests.scheduler-interval=100ms",
                "postkamer.requests.helpdesk-channel=" + CHANNEL
            };
            try (ConfigurableApplicationContext first = App.start(with(settings, "postkamer.data-dir=" + a));
                    ConfigurableApplicationContext second = App.start(with(settings, "postkamer.data-dir=" + b))) {
                ObjectNode hello = Activities.message(CHANNEL + ";messageid=1700", MEGAN, "hoi", "nl-NL");
                hello.put("serviceUrl", connector.baseUrl() + "/");
                ((ObjectNode) hello.path("conversation")).put("conversationType", "channel");
                HttpResponse<String> answered = App.post(
                        first, "/api/messages", Activities.expectReplies(hello).toString(), null);
                assertThat(answered.statusCode()).isEqualTo(200);

                await().atMost(Duration.ofSeconds(60))
                        .until(() -> !posts(connector).isEmpty());
                await().during(Duration.ofSeconds(1))
                        .atMost(Duration.ofSeconds(5))
                        .until(() -> true);

                assertThat(posts(connector))
                        .singleElement()
                        .satisfies(sent -> assertThat(sent.getBodyAsString())
                                .contains("Wekelijks gezondheidsrapport", "Vanzelf geplaatst door Postkamer")
                                .doesNotContain("Weekly health report"));
                assertThat(first.getBean(JdbcTemplate.class)
                                .queryForList(
                                        "SELECT outcome FROM audit_record WHERE action = 'post health report'",
                                        String.class))
                        .containsExactly("DELIVERED");
                assertThat(second.getBean(JdbcTemplate.class)
                                .queryForObject(
                                        "SELECT COUNT(*) FROM health_post WHERE posted_at IS NOT NULL", Integer.class))
                        .isEqualTo(1);
            }
        } finally {
            connector.stop();
        }
    }

    private static String[] with(String[] settings, String more) {
        String[] all = java.util.Arrays.copyOf(settings, settings.length + 1);
        all[settings.length] = more;
        return all;
    }

    /** What the connector received in the helpdesk channel itself (not the thread the message came from). */
    private static List<LoggedRequest> posts(WireMockServer connector) {
        return connector
                .findAll(postRequestedFor(
                        urlPathMatching("/v3/conversations/[^/]*helpdesk[^/;]*thread.tacv2/activities.*")))
                .stream()
                .filter(request -> !request.getUrl().contains("messageid"))
                .toList();
    }
}
