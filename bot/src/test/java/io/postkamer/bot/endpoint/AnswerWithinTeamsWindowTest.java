package io.postkamer.bot.endpoint;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.mailbox.Contoso;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.demo.DemoTenant;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A tenant slower than Teams waits (a page of mailboxes takes 3 s) through {@code /api/messages}: the HTTP answer
 * comes when the turn shows its working card, or at the latest after {@code postkamer.bot.answer-within}, and the
 * turn goes on; its answer reaches the chat through the connector. Nothing is lost or sent twice.
 */
class AnswerWithinTeamsWindowTest {
    private static final Duration SLOW = Duration.ofSeconds(3);
    private static final Duration ANSWER_WITHIN = Duration.ofMillis(800);
    private static volatile boolean slow = true;

    private WireMockServer connector;
    private ConfigurableApplicationContext app;

    /** The demo tenant, with every page of shared mailboxes taking {@link #SLOW}. */
    static class SlowTenant {
        @Bean
        @Primary
        MailboxService slowMailboxService(DemoTenant demo) {
            return (MailboxService) Proxy.newProxyInstance(
                    MailboxService.class.getClassLoader(),
                    new Class<?>[] {MailboxService.class},
                    (proxy, method, args) -> {
                        if (slow && method.getName().equals("sharedMailboxes") && method.getParameterCount() == 2) {
                            Thread.sleep(SLOW.toMillis());
                        }
                        try {
                            return method.invoke(demo, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    private void start(Path data, String patience) {
        connector = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"posted-1\"}")));
        connector.stubFor(put(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"posted-1\"}")));
        app = App.startWith(
                new Class<?>[] {SlowTenant.class},
                "postkamer.data-dir=" + data,
                "postkamer.bot.answer-within=" + ANSWER_WITHIN.toMillis() + "ms",
                "postkamer.bot.patience=" + patience);
        slow = true;
    }

    @AfterEach
    void stop() {
        app.close();
        connector.stop();
    }

    private ObjectNode inTeams(ObjectNode activity) {
        activity.put("serviceUrl", connector.baseUrl() + "/");
        return activity;
    }

    private record Timed(HttpResponse<String> response, Duration took) {}

    private Timed send(ObjectNode activity) {
        Instant start = Instant.now();
        HttpResponse<String> response = App.post(app, "/api/messages", activity.toString(), null);
        return new Timed(response, Duration.between(start, Instant.now()));
    }

    /** What the connector got for the conversation, waiting up to 10 s for something that passes the test. */
    private List<LoggedRequest> awaitConnector(String conversation, Predicate<List<LoggedRequest>> test) {
        return awaitConnector(conversation, test, Duration.ofSeconds(10));
    }

    private List<LoggedRequest> awaitConnector(
            String conversation, Predicate<List<LoggedRequest>> test, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        List<LoggedRequest> got = List.of();
        while (Instant.now().isBefore(deadline)) {
            got = connector.getAllServeEvents().stream()
                    .map(event -> event.getRequest())
                    .filter(request -> request.getUrl().startsWith("/v3/conversations/" + conversation + "/"))
                    .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                    .map(LoggedRequest.class::cast)
                    .toList();
            if (test.test(got)) {
                return got;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return got;
    }

    private static boolean hasList(List<LoggedRequest> requests) {
        return requests.stream().anyMatch(request -> request.getBodyAsString().contains("Ontvangstgebouw 32"));
    }

    @Test
    @DisplayName("in Teams, a slow list is answered at once with a working card, which the list then replaces in place")
    void workingCardThenTheListInPlace(@TempDir Path data) {
        start(data, "200ms");
        Timed turn = send(inTeams(Activities.message("window-1", Contoso.MEGAN, "show shared mailboxes", "en-US")));

        assertThat(turn.response().statusCode()).isEqualTo(202);
        assertThat(turn.took()).as("answered when the working card was out").isLessThan(SLOW);
        List<LoggedRequest> got = awaitConnector("window-1", AnswerWithinTeamsWindowTest::hasList);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).getMethod().value()).isEqualTo("POST");
        assertThat(got.get(0).getBodyAsString()).contains("Still working on it");
        assertThat(got.get(1).getMethod().value())
                .as("the list replaces the working card")
                .isEqualTo("PUT");
        assertThat(got.get(1).getUrl()).endsWith("/activities/posted-1");
    }

    @Test
    @DisplayName("a turn past answer-within is answered then (202) and its card still reaches the chat, once")
    void capAnswersAMessageAndTheCardFollows(@TempDir Path data) {
        start(data, "60s");
        Timed turn = send(inTeams(Activities.message("window-2", Contoso.MEGAN, "show shared mailboxes", "en-US")));

        assertThat(turn.response().statusCode()).isEqualTo(202);
        assertThat(turn.took()).isLessThan(ANSWER_WITHIN.plusMillis(700));
        List<LoggedRequest> got = awaitConnector("window-2", AnswerWithinTeamsWindowTest::hasList);
        assertThat(got)
                .singleElement()
                .satisfies(request -> assertThat(request.getBodyAsString()).contains("Ontvangstgebouw 32"));
    }

    @Test
    @DisplayName(
            "a pressed button past answer-within gets \"the answer follows\", and the answer is posted to the chat")
    void capAnswersAnInvokeAndTheCardFollows(@TempDir Path data) {
        start(data, "60s");
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", "list")
                .putObject("data");
        value.put("trigger", "manual");
        Timed turn = send(inTeams(Activities.invoke("window-3", Contoso.MEGAN, "adaptiveCard/action", value, "en-US")));

        assertThat(turn.response().statusCode()).isEqualTo(200);
        assertThat(turn.took()).isLessThan(ANSWER_WITHIN.plusMillis(700));
        JsonNode body = Activities.JSON.valueToTree(readTree(turn.response().body()));
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(body.path("value").asText()).contains("the answer follows");
        assertThat(awaitConnector("window-3", AnswerWithinTeamsWindowTest::hasList))
                .hasSize(1);
    }

    @Test
    @DisplayName(
            "with expectReplies the answer carries what was sent so far, and the rest is posted to the service URL")
    void capAnswersExpectRepliesAndTheRestFollows(@TempDir Path data) {
        start(data, "60s");
        Timed turn = send(Activities.expectReplies(
                inTeams(Activities.message("window-4", Contoso.MEGAN, "show shared mailboxes", "en-US"))));

        assertThat(turn.response().statusCode()).isEqualTo(200);
        assertThat(turn.took()).isLessThan(ANSWER_WITHIN.plusMillis(700));
        assertThat(Activities.replies(turn.response().body())).isEmpty();
        assertThat(awaitConnector("window-4", AnswerWithinTeamsWindowTest::hasList))
                .hasSize(1);
    }

    @Test
    @DisplayName("a quick turn is answered when it ends, as before: nothing early, nothing posted twice")
    void quickTurnIsUnchanged(@TempDir Path data) {
        start(data, "200ms");
        slow = false;
        Timed turn = send(Activities.expectReplies(
                inTeams(Activities.message("window-5", Contoso.MEGAN, "show shared mailboxes", "en-US"))));

        assertThat(turn.response().statusCode()).isEqualTo(200);
        assertThat(Activities.replies(turn.response().body())).hasSize(1);
        assertThat(Activities.cardTexts(Activities.replies(turn.response().body())))
                .contains("Ontvangstgebouw 32");
        assertThat(awaitConnector("window-5", requests -> false, Duration.ofSeconds(1)))
                .isEmpty();
    }

    private static JsonNode readTree(String body) {
        try {
            return Activities.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
