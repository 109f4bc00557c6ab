package io.postkamer.bot.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.Postgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the bot on one PostgreSQL database, as behind a load balancer. In many
 * conversations at once, the same wizard card is pressed on both instances at the same moment with a
 * different name (a double submit split over two instances). Exactly one name is taken; the other press
 * is told to try again, or shown the card with the name that was taken, never shown its own name as if
 * it had been saved. The conversation then carries on with the name that was taken, on either instance.
 */
class TwoInstancesOnPostgresTest {
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    private static final int CONVERSATIONS = 16;
    private static final String TRY_AGAIN =
            "Something went wrong on my side. Nothing more was changed; please try again.";
    private static final String NO_LONGER_ACTIVE = "Type \\\"create a shared mailbox\\\" to start again.";

    private record Race(int conversation, String onA, String onB) {}

    @Test
    @DisplayName(
            "the same card pressed on both instances at once: one press wins, the other is told, nothing is silently overwritten")
    void noLostUpdates(@TempDir Path dataA, @TempDir Path dataB) throws Exception {
        try (EmbeddedPostgres postgres = Postgres.start();
                ConfigurableApplicationContext a = App.start(
                        "postkamer.data-dir=" + dataA, "spring.datasource.url=" + Postgres.jdbcUrl(postgres));
                ConfigurableApplicationContext b = App.start(
                        "postkamer.data-dir=" + dataB, "spring.datasource.url=" + Postgres.jdbcUrl(postgres))) {
            ExecutorService users = Executors.newFixedThreadPool(2 * CONVERSATIONS);
            List<JsonNode> nameCards = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                nameCards.add(card(send(
                                i % 2 == 0 ? a : b,
                                Activities.message(conversation(i), MEGAN, "create a shared mailbox", "en-US")))
                        .orElseThrow());
            }

            CountDownLatch start = new CountDownLatch(1);
            List<Future<Race>> races = new ArrayList<>();
            for (int i = 0; i < CONVERSATIONS; i++) {
                int n = i;
                Future<String> onA = users.submit(() -> {
                    start.await();
                    return press(a, n, nameCards.get(n), "next", name("Alfa", n))
                            .body();
                });
                Future<String> onB = users.submit(() -> {
                    start.await();
                    return press(b, n, nameCards.get(n), "next", name("Beta", n))
                            .body();
                });
                races.add(users.submit(() -> new Race(n, onA.get(), onB.get())));
            }
            start.countDown();

            int told = 0;
            for (Future<Race> future : races) {
                Race race = future.get();
                List<String> taken = new ArrayList<>();
                for (String answer : List.of(race.onA(), race.onB())) {
                    if (answer.contains(TRY_AGAIN) || answer.contains(NO_LONGER_ACTIVE)) {
                        told++;
                    } else if (shownAddressFor(answer, "Alfa " + race.conversation())) {
                        taken.add("Alfa " + race.conversation());
                    } else if (shownAddressFor(answer, "Beta " + race.conversation())) {
                        taken.add("Beta " + race.conversation());
                    }
                }
                assertThat(taken)
                        .as(
                                "names shown as taken in conversation %d: %s / %s",
                                race.conversation(), race.onA(), race.onB())
                        .hasSizeBetween(1, 2)
                        .containsOnly(taken.get(0));

                // Carry on from a card shown as taken, on the other instance.
                boolean shownByA = shownAddressFor(race.onA(), taken.get(0));
                JsonNode addressCard = card(shownByA ? race.onA() : race.onB()).orElseThrow();
                String confirm = press(
                                shownByA ? b : a,
                                race.conversation(),
                                addressCard,
                                "next",
                                JsonNodeFactory.instance
                                        .objectNode()
                                        .put("alias", "team" + race.conversation())
                                        .put("domain", "contoso.com"))
                        .body();
                assertThat(confirm).contains("Create this shared mailbox?", taken.get(0));
            }
            users.shutdown();
            System.out.printf(
                    "%d of %d second presses were told to try again; the others were shown the winner's card%n",
                    told, CONVERSATIONS);
        }
    }

    private static String conversation(int n) {
        return "two-instances-" + n;
    }

    private static ObjectNode name(String word, int n) {
        return JsonNodeFactory.instance.objectNode().put("displayName", word + " " + n);
    }

    /** The address card for this display name, not followed by "try again". */
    private static boolean shownAddressFor(String body, String displayName) {
        return body.contains("I propose this address for \\\"" + displayName + "\\\"") && !body.contains(TRY_AGAIN);
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext app, ObjectNode activity) {
        HttpResponse<String> response = App.post(
                app, "/api/messages", Activities.expectReplies(activity).toString(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> press(
            ConfigurableApplicationContext app, int n, JsonNode card, String verb, ObjectNode inputs) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", verb)
                .set("data", inputs.put("token", card.findValue("token").asText()));
        return send(app, Activities.invoke(conversation(n), MEGAN, "adaptiveCard/action", value, "en-US"));
    }

    private static Optional<JsonNode> card(HttpResponse<String> response) {
        return card(response.body());
    }

    private static Optional<JsonNode> card(String body) {
        for (JsonNode reply : Activities.replies(body)) {
            JsonNode invoked = reply.path("value").path("body");
            if (invoked.path("type").asText().equals("application/vnd.microsoft.card.adaptive")) {
                return Optional.of(invoked.path("value"));
            }
            if (reply.path("attachments").size() > 0) {
                return Optional.of(reply.path("attachments").get(0).path("content"));
            }
        }
        return Optional.empty();
    }
}
