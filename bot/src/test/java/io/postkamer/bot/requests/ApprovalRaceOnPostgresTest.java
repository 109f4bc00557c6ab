package io.postkamer.bot.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.bot.requests.RequestsOverHttp.FLIP;
import static io.postkamer.bot.requests.RequestsOverHttp.PIETER;
import static io.postkamer.bot.requests.RequestsOverHttp.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.Postgres;
import io.postkamer.dialogs.requests.ApplyState;
import io.postkamer.dialogs.requests.RequestState;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the bot on one PostgreSQL database, as in production behind a load balancer:
 * Pieter's Approve arrives 50 times at once, spread over both. The database lets one press win.
 */
class ApprovalRaceOnPostgresTest {

    @Test
    @DisplayName("50 parallel Approve presses on two instances: one decision, one grant, one notice to Flip")
    void exactlyOnce(@TempDir Path dataA, @TempDir Path dataB) throws Exception {
        WireMockServer connector =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"sent\"}")));
        String serviceUrl = connector.baseUrl() + "/";
        try (EmbeddedPostgres postgres = Postgres.start();
                ConfigurableApplicationContext a = App.start(
                        "postkamer.data-dir=" + dataA, "spring.datasource.url=" + Postgres.jdbcUrl(postgres));
                ConfigurableApplicationContext b = App.start(
                        "postkamer.data-dir=" + dataB, "spring.datasource.url=" + Postgres.jdbcUrl(postgres))) {
            Stream.of(a, b).forEach(app -> app.getBean(DemoTenant.class).revoke(RECEPTIE32, FLIP, Right.SEND_AS));
            RequestsOverHttp.greet(a, FLIP, serviceUrl);
            RequestsOverHttp.greet(b, PIETER, serviceUrl);
            long number = RequestsOverHttp.flipAsksForSendAs(a, serviceUrl);
            connector.verify(
                    1, postRequestedFor(urlPathMatching("/v3/conversations/personal-" + PIETER + "/activities.*")));

            ExecutorService presses = Executors.newFixedThreadPool(16);
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ConfigurableApplicationContext app = i % 2 == 0 ? a : b;
                answers.add(presses.submit(
                        () -> RequestsOverHttp.press(app, PIETER, serviceUrl, "request.approve", number)));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                bodies.add(answer.get().toString());
            }
            presses.shutdown();

            assertThat(bodies)
                    .filteredOn(body -> body.contains("Approved by Pieter Jansen")
                            && body.contains("The permissions have been granted."))
                    .hasSizeGreaterThanOrEqualTo(1);
            assertThat(bodies)
                    .allMatch(body -> body.contains("Approved by Pieter Jansen")
                            || body.contains("This request has already been decided."));
            List<String> grants = Stream.of(a, b)
                    .flatMap(app -> app.getBean(DemoTenant.class).writes().stream())
                    .filter(line -> line.startsWith("grant"))
                    .toList();
            assertThat(grants).containsExactly("grant receptie32 Flip Schoonen SEND_AS");
            connector.verify(
                    1, postRequestedFor(urlPathMatching("/v3/conversations/personal-" + FLIP + "/activities.*")));
            Requests requests = a.getBean(Requests.class);
            assertThat(requests.audit().ofRequest(number))
                    .filteredOn(e -> e.action().equals("approve"))
                    .extracting(e -> e.actor().id(), e -> e.outcome().word())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PIETER, "done"));
            assertThat(requests.store().find(number).orElseThrow())
                    .extracting(r -> r.state(), r -> r.applied())
                    .containsExactly(RequestState.APPROVED, ApplyState.APPLIED);
        } finally {
            connector.stop();
        }
    }
}
