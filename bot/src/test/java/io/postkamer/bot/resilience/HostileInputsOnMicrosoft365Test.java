package io.postkamer.bot.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.backend.Microsoft365Transport;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.ChannelTokens;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365.Received;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The bot on the Microsoft 365 backend, driven through {@code /api/messages} with an administrator's
 * card inputs carrying cmdlet syntax, script, SQL, bidi overrides and huge strings, from a fixed seed:
 * the create wizard and the overview's actions. No answer is a 5xx, and no request that reaches Graph
 * or Exchange carries a hostile string anywhere: validation refuses it before anything remote is
 * called. A run with valid inputs still reaches the tenant. An appointment's subject and location are
 * free text that Graph stores as such: a hostile one reaches Graph only as that text, and only when it
 * has no control or invisible characters and is not too long.
 */
class HostileInputsOnMicrosoft365Test {
    private static final String APP_ID = "7d1c9e4e-0000-4000-8000-00000000b07b";
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    private static final String FLIP = "291d3957-a94a-4d01-b0be-52a317710a3d";
    private static final String RECEPTIE32 = "31652c84-4fd0-4b22-940a-9ce4af7611f1";
    private static final long SEED = 20261124L;
    private static final int WIZARD_RUNS = 24;
    private static final int OVERVIEW_PRESSES = 60;
    private static final List<String> HOSTILE = java.util.stream.Stream.concat(
                    HostileActivitiesFuzzTest.HOSTILE.stream(), java.util.stream.Stream.of("\u202Ekramgnitek"))
            .toList();
    private static final List<String> OVERVIEW_VERBS = List.of(
            "manage.open",
            "manage.hide",
            "manage.block",
            "manage.unblock",
            "manage.revoke",
            "manage.revokeAll",
            "manage.automapping",
            "manage.removeLicence",
            "manage.convert",
            "manage.addEvent",
            "manage.calendar",
            "history");
    private static final ChannelTokens TOKENS = new ChannelTokens();
    private static FakeMicrosoft365 m365;
    private static WireMockServer channel;
    private static ConfigurableApplicationContext app;

    private final Random random = new Random(SEED);
    private final List<Integer> statuses = new ArrayList<>();

    /** Lets the client trust the stand-in's certificate; production has no such bean. */
    static class TrustTheFake {
        @Bean
        Microsoft365Transport microsoft365Transport() {
            return new Microsoft365Transport(m365.httpClient());
        }
    }

    @BeforeAll
    static void start(@TempDir Path data) {
        m365 = FakeMicrosoft365.start(DemoTenant.contoso());
        channel = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        channel.start();
        TOKENS.publishOn(channel);
        app = App.startWith(
                new Class<?>[] {TrustTheFake.class},
                "postkamer.data-dir=" + data,
                "postkamer.backend=microsoft365",
                "MicrosoftAppId=" + APP_ID,
                "MicrosoftAppPassword=secret",
                "postkamer.bot.openid-metadata-url=" + ChannelTokens.metadataUrl(channel),
                "postkamer.microsoft365.tenant-id="
                        + m365.tenant().organisation().tenantId(),
                "postkamer.microsoft365.client-id=" + FakeMicrosoft365.CLIENT_ID,
                "postkamer.microsoft365.client-secret=fake-secret",
                "postkamer.microsoft365.graph-base-url=" + m365.settings().graphBaseUrl(),
                "postkamer.microsoft365.exchange-base-url=" + m365.settings().exchangeBaseUrl(),
                "postkamer.microsoft365.authority=" + m365.settings().authority(),
                "postkamer.microsoft365.initial-backoff=20ms",
                "postkamer.microsoft365.max-backoff=2s");
    }

    @AfterAll
    static void stop() {
        app.close();
        channel.stop();
        m365.close();
    }

    @Test
    @DisplayName(
            "hostile inputs in the create wizard and the overview never reach Graph or Exchange; a valid run still does")
    void hostileInputsNeverLeaveTheBot() {
        m365.forgetRequests();
        for (int run = 0; run < WIZARD_RUNS; run++) {
            wizard(
                    "hostile-wizard-" + run,
                    maybeHostile("Afdeling Test " + run),
                    maybeHostile("test" + run),
                    maybeHostile("contoso.com"),
                    maybeHostile(FLIP));
        }
        for (int press = 0; press < OVERVIEW_PRESSES; press++) {
            overviewPress("hostile-overview-" + (press % 5), press);
        }

        assertThat(statuses)
                .isNotEmpty()
                .allSatisfy(status -> assertThat(status).isLessThan(500));
        List<Received> remote =
                m365.requests().stream().filter(request -> !request.isToken()).toList();
        assertThat(remote).as("the valid parts of the runs reach the tenant").isNotEmpty();
        List<String> carryingHostileInput = remote.stream()
                .map(request -> request.method() + " "
                        + URLDecoder.decode(request.url().replace("+", "%2B"), StandardCharsets.UTF_8) + " "
                        + request.body())
                .filter(sent -> HOSTILE.stream()
                        .anyMatch(hostile -> sent.contains(hostile)
                                || sent.contains(JsonNodeFactory.instance
                                        .textNode(hostile)
                                        .toString()
                                        .replaceAll("^\"|\"$", ""))))
                .map(sent -> sent.length() > 300 ? sent.substring(0, 300) + "…" : sent)
                .distinct()
                .toList();
        assertThat(carryingHostileInput)
                .as("requests to Graph or Exchange that carry a hostile input")
                .isEmpty();
    }

    @Test
    @DisplayName("the same wizard with valid inputs creates the mailbox and grants the member")
    void validRunReachesTheTenant() {
        wizard("valid-wizard", "Afdeling Inkoop", "inkoop", "contoso.com", FLIP);

        assertThat(m365.tenant().writes())
                .contains("create inkoop@contoso.com \"Afdeling Inkoop\"")
                .anySatisfy(write -> assertThat(write).startsWith("grant inkoop Flip Schoonen FULL_ACCESS"));
    }

    @Test
    @DisplayName(
            "hostile typeahead queries reach Graph only inside a quoted search term they cannot end, and never Exchange")
    void hostileSearchesStayInsideTheirQuotes() {
        m365.forgetRequests();
        for (String hostile : HOSTILE) {
            for (String dataset : List.of("postkamer.people", "postkamer.mailboxes")) {
                ObjectNode value = JsonNodeFactory.instance
                        .objectNode()
                        .put("dataset", dataset)
                        .put("queryText", hostile);
                value.putObject("queryOptions").put("top", 5);
                send(Activities.invoke("hostile-search", MEGAN, "application/search", value, "en-US"));
            }
        }

        assertThat(statuses)
                .isNotEmpty()
                .allSatisfy(status -> assertThat(status).isLessThan(500));
        List<String> searches = new ArrayList<>();
        List<String> purposes = new ArrayList<>();
        for (Received request : m365.requests()) {
            for (String url : request.batched()) {
                if (url.contains("/mailboxSettings/")) {
                    purposes.add(url);
                } else {
                    searches.add(URLDecoder.decode(
                            url.replaceFirst("^[^?]*\\?", "").replace("+", "%2B"), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(searches)
                .as("the people searches made")
                .isNotEmpty()
                .allSatisfy(query -> assertThat(query)
                        .matches("\\$search=(\"(displayName|mail|userPrincipalName):[^\"\\\\]*\"( OR )?)+&.*"));
        assertThat(purposes)
                .as("what the accounts found are for is asked by their ids, which Graph gave")
                .allSatisfy(url -> assertThat(url).matches("/users/[0-9a-f-]{36}/mailboxSettings/userPurpose"));
        assertThat(m365.requests())
                .filteredOn(Received::isExchange)
                .extracting(request -> request.body().toString())
                .noneMatch(body -> HOSTILE.stream().anyMatch(body::contains));
    }

    @Test
    @DisplayName(
            "a hostile appointment subject or location reaches Graph only as that field's text, and only when it is valid text")
    void hostileAppointmentTextIsTextOrRefused() {
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();
        m365.forgetRequests();
        for (String hostile : HOSTILE) {
            for (boolean asSubject : List.of(true, false)) {
                ObjectNode data = JsonNodeFactory.instance
                        .objectNode()
                        .put("mailbox", RECEPTIE32)
                        .put("subject", asSubject ? hostile : "Overleg")
                        .put("location", asSubject ? "Zaal 2" : hostile)
                        .put("date", day)
                        .put("start", "10:00")
                        .put("end", "11:00");
                press("hostile-appointment", JsonNodeFactory.instance.objectNode(), "manage.addEvent", data);
            }
        }

        assertThat(statuses)
                .isNotEmpty()
                .allSatisfy(status -> assertThat(status).isLessThan(500));
        List<Received> events = m365.requests().stream()
                .filter(request ->
                        request.method().equals("POST") && request.url().endsWith("/events"))
                .toList();
        List<String> valid = HOSTILE.stream()
                .filter(CalendarEvent::isValidText)
                .map(String::strip)
                .toList();
        assertThat(events)
                .extracting(request -> request.body().path("subject").asText())
                .filteredOn(subject -> !subject.equals("Overleg"))
                .containsExactlyInAnyOrderElementsOf(valid);
        assertThat(events)
                .extracting(request ->
                        request.body().path("location").path("displayName").asText())
                .filteredOn(location -> !location.equals("Zaal 2"))
                .containsExactlyInAnyOrderElementsOf(valid);
        assertThat(valid)
                .as("some hostile texts are plain text, some are refused")
                .isNotEmpty()
                .hasSizeLessThan(HOSTILE.size());
        List<String> elsewhere = m365.requests().stream()
                .filter(request -> !request.isToken())
                .map(request -> request.method() + " " + request.url() + " " + withoutAppointmentText(request))
                .filter(sent -> HOSTILE.stream().anyMatch(hostile -> sent.contains(hostile.strip())))
                .toList();
        assertThat(elsewhere)
                .as("requests that carry a hostile text anywhere else")
                .isEmpty();
    }

    /** The request's body without an appointment's subject and location, where any valid text may stand. */
    private static String withoutAppointmentText(Received request) {
        if (!request.url().endsWith("/events") || !request.body().isObject()) {
            return request.body().toString();
        }
        ObjectNode body = ((ObjectNode) request.body()).deepCopy();
        body.remove("subject");
        body.remove("location");
        return body.toString();
    }

    private String maybeHostile(String valid) {
        return random.nextInt(3) == 0 ? valid : HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private void wizard(String conversation, String displayName, String alias, String domain, String members) {
        JsonNode card = Activities.cardOf(send(
                Activities.expectReplies(Activities.message(conversation, MEGAN, "create a shared mailbox", "en-US"))));
        card = press(
                conversation,
                card,
                "next",
                JsonNodeFactory.instance.objectNode().put("displayName", displayName));
        card = press(
                conversation,
                card,
                "next",
                JsonNodeFactory.instance.objectNode().put("alias", alias).put("domain", domain));
        card = press(conversation, card, "create", JsonNodeFactory.instance.objectNode());
        if (card.toString().contains("is being created")) {
            // The turn answers after a few seconds; the admin then checks again once it is ready.
            m365.tenant().finishProvisioning();
            card = press(conversation, card, "refresh", JsonNodeFactory.instance.objectNode());
        }
        card = press(
                conversation,
                card,
                "next",
                JsonNodeFactory.instance.objectNode().put("members", members));
        card = press(conversation, card, "apply", JsonNodeFactory.instance.objectNode());
        card = press(conversation, card, "next", JsonNodeFactory.instance.objectNode());
        press(conversation, card, "block", JsonNodeFactory.instance.objectNode());
    }

    /** One of the overview's buttons, with every piece of its data either right or hostile. */
    private void overviewPress(String conversation, int press) {
        String verb = OVERVIEW_VERBS.get(press % OVERVIEW_VERBS.size());
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("mailbox", maybeHostile(RECEPTIE32))
                .put("member", maybeHostile(FLIP))
                .put("name", maybeHostile("Flip Schoonen"))
                .put("right", maybeHostile("SEND_AS"))
                .put("autoMapping", maybeHostile("false"))
                .put("sku", maybeHostile("4b9405b0-7788-4568-add1-99614e613b69"))
                .put("subject", "Overleg")
                .put("location", "Zaal 2")
                .put("date", maybeHostile(day.toString()))
                .put("start", maybeHostile("10:00"))
                .put("end", maybeHostile("11:00"));
        press(conversation, JsonNodeFactory.instance.objectNode(), verb, data);
        send(Activities.expectReplies(Activities.message(
                conversation,
                MEGAN,
                List.of("open ", "convert ", "history of ", "calendar of ").get(press % 4)
                        + HOSTILE.get(random.nextInt(HOSTILE.size())),
                "en-US")));
    }

    private HttpResponse<String> send(ObjectNode activity) {
        activity.put("serviceUrl", channel.baseUrl() + "/");
        HttpResponse<String> response =
                App.post(app, "/api/messages", activity.toString(), TOKENS.valid(APP_ID, channel.baseUrl() + "/"));
        statuses.add(response.statusCode());
        return response;
    }

    private JsonNode press(String conversation, JsonNode card, String verb, ObjectNode inputs) {
        ObjectNode data = inputs.put("token", Activities.tokenOf(card));
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", verb)
                .set("data", data);
        JsonNode next = Activities.cardOf(send(Activities.expectReplies(
                Activities.invoke(conversation, MEGAN, "adaptiveCard/action", value, "en-US"))));
        return next.isMissingNode() ? card : next;
    }
}
