package io.postkamer.bot.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.RunningApp;
import io.postkamer.mailbox.Aliases;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.demo.DemoTenant;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of malformed and hostile activities, from a fixed seed: broken JSON, wrong types, huge
 * and deep bodies, and an administrator's card inputs carrying cmdlet syntax, script and SQL. The bot
 * never answers 5xx, stays healthy, and nothing unvalidated reaches the tenant.
 */
class HostileActivitiesFuzzTest {
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    private static final String MARKETING_TEAM = "77e8780b-715a-48ea-97c2-b5b72a3f85df";
    private static final long SEED = 20261124L;
    private static final int RANDOM_BODIES = 2_000;
    private static final int HOSTILE_WIZARD_RUNS = 150;
    private static final int HOSTILE_COPY_RUNS = 40;
    /** Card inputs that try cmdlet syntax, script, SQL, template syntax, bidi tricks and size. */
    static final List<String> HOSTILE = List.of(
            "marketing; Remove-Mailbox -Identity * -Confirm:$false",
            "$(Get-Mailbox | Remove-Mailbox)",
            "\" -Shared:$false -Name \"x",
            "x`; Set-Mailbox -Identity ceo -GrantSendOnBehalfTo attacker",
            "<script>alert(document.cookie)</script>",
            "'; DROP TABLE bot_state_item; --",
            "${t.welcome.title}",
            "{{7*7}}",
            "@{Add='attacker@evil.example'}",
            "marketing@evil.example",
            "..",
            "\u202Eevil\u0000null",
            "a".repeat(5_000));

    private static final List<String> FIELDS = List.of(
            "type",
            "id",
            "channelId",
            "serviceUrl",
            "conversation",
            "from",
            "recipient",
            "text",
            "value",
            "name",
            "locale",
            "deliveryMode",
            "channelData",
            "attachments",
            "entities");

    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    /** Replies that do not go back in the HTTP answer are delivered to this stand-in connector. */
    @RegisterExtension
    static final WireMockExtension CONNECTOR = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort())
            .build();

    @BeforeEach
    void connectorAcceptsEverything() {
        CONNECTOR.stubFor(any(urlPathMatching("/v3/.*")).willReturn(okJson("{\"id\":\"reply\"}")));
    }

    private final Random random = new Random(SEED);
    private final List<Integer> statuses = new ArrayList<>();

    private HttpResponse<String> send(String body) {
        body = body.replace("http://localhost:1/", CONNECTOR.baseUrl() + "/");
        HttpResponse<String> response = App.post(APP.context(), "/api/messages", body, null);
        statuses.add(response.statusCode());
        return response;
    }

    @Test
    @DisplayName("thousands of malformed activities never get a 5xx and leave the bot healthy")
    void malformedActivities() {
        for (int i = 0; i < RANDOM_BODIES; i++) {
            send(randomBody(i));
        }

        assertThat(statuses)
                .hasSize(RANDOM_BODIES)
                .allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(statuses).contains(400).contains(200);
        assertThat(App.get(APP.context(), "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("an administrator's card inputs with cmdlet syntax, script or SQL never reach the tenant unvalidated")
    void hostileCardInputs() {
        DemoTenant tenant = APP.context().getBean(DemoTenant.class);
        int writesBefore = tenant.writes().size();
        for (int run = 0; run < HOSTILE_WIZARD_RUNS; run++) {
            String conversation = "hostile-" + run;
            JsonNode card = Activities.cardOf(send(Activities.expectReplies(
                            Activities.message(conversation, MEGAN, "create a shared mailbox", "en-US"))
                    .toString()));
            card = press(conversation, card, "next", field("displayName", pick()));
            card = press(conversation, card, "next", field("alias", pick()).put("domain", pick()));
            if (run % 3 == 0) {
                press(conversation, card, "create", JsonNodeFactory.instance.objectNode());
            }
        }

        assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
        for (Mailbox mailbox : tenant.sharedMailboxes()) {
            assertThat(Aliases.isValid(mailbox.alias())).as(mailbox.alias()).isTrue();
            assertThat(mailbox.primarySmtpAddress()).matches("[a-z0-9._-]+@contoso\\.(com|nl)");
        }
        assertThat(tenant.writes().subList(writesBefore, tenant.writes().size()))
                .allSatisfy(
                        write -> HOSTILE.forEach(hostile -> assertThat(write).doesNotContain(hostile)));
        assertThat(App.get(APP.context(), "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("an offboarding's card inputs with cmdlet syntax, script or SQL change nothing but what the card"
            + " asks, and never reach a write unvalidated")
    void hostileOffboardingInputs() {
        DemoTenant tenant = APP.context().getBean(DemoTenant.class);
        int writesBefore = tenant.writes().size();
        for (int run = 0; run < 40; run++) {
            String conversation = "hostile-offboard-" + run;
            JsonNode card = Activities.cardOf(send(Activities.expectReplies(Activities.message(
                            conversation, MEGAN, "offboard " + (run % 4 == 0 ? pick() : "Flip Schoonen"), "en-US"))
                    .toString()));
            ObjectNode inputs = field("mailbox", run % 5 == 0 ? pick() : "291d3957-a94a-4d01-b0be-52a317710a3d")
                    .put("manager", run % 2 == 0 ? pick() : "30b96472-e613-420d-86ac-ef13e529ee20")
                    .put("reply", "true")
                    .put("replyText", pick())
                    .put("hide", pick())
                    .put("licences", pick())
                    .put("ownRights", pick());
            press(conversation, card, "offboard.start", inputs);
            press(conversation, card, "offboard.resume", field("offboarding", pick()));
            press(conversation, card, "offboard.removeRights", field("offboarding", pick()));
        }

        assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(tenant.writes().subList(writesBefore, tenant.writes().size()))
                .allSatisfy(
                        write -> HOSTILE.forEach(hostile -> assertThat(write).doesNotContain(hostile)))
                .noneMatch(write -> write.contains("licence") || write.contains("hide"));
        assertThat(tenant.delegates("291d3957-a94a-4d01-b0be-52a317710a3d"))
                .allSatisfy(grant -> assertThat(grant.trusteeId()).isEqualTo("30b96472-e613-420d-86ac-ef13e529ee20"));
        assertThat(App.get(APP.context(), "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("hostile values pressed on the Sent Items switch, on members added with a group and on a group's"
            + " automapping never reach the tenant unvalidated")
    void hostileSentItemsAndGroupPresses() {
        DemoTenant tenant = APP.context().getBean(DemoTenant.class);
        int writesBefore = tenant.writes().size();
        List<String> verbs = List.of("manage.sentItems", "manage.applyMembers", "manage.automapping", "group");
        for (int run = 0; run < 60; run++) {
            ObjectNode data = JsonNodeFactory.instance
                    .objectNode()
                    .put("mailbox", run % 2 == 0 ? pick() : "receptie32@contoso.com")
                    .put("keep", pick())
                    .put("people", pick() + "," + MARKETING_TEAM + "," + pick())
                    .put("groups", pick())
                    .put("fullAccess", "true")
                    .put("sendAs", "true")
                    .put("sendOnBehalf", pick())
                    .put("member", run % 3 == 0 ? MARKETING_TEAM : pick())
                    .put("autoMapping", pick())
                    .put("token", pick());
            ObjectNode value = JsonNodeFactory.instance.objectNode();
            value.putObject("action")
                    .put("type", "Action.Execute")
                    .put("verb", verbs.get(run % verbs.size()))
                    .set("data", data);
            send(Activities.expectReplies(
                            Activities.invoke("hostile-groups-" + run, MEGAN, "adaptiveCard/action", value, "nl-NL"))
                    .toString());
        }

        assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(tenant.writes().subList(writesBefore, tenant.writes().size()))
                .allSatisfy(
                        write -> HOSTILE.forEach(hostile -> assertThat(write).doesNotContain(hostile)))
                .noneMatch(write -> write.contains("Marketing Team SEND_ON_BEHALF"))
                .noneMatch(write -> write.contains("Marketing Team FULL_ACCESS automapping=true"));
        assertThat(App.get(APP.context(), "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("hostile values pressed, confirmed or not, on the health report's group and owner fixes never reach"
            + " the tenant")
    void hostileHealthFixPresses() {
        DemoTenant tenant = APP.context().getBean(DemoTenant.class);
        int writesBefore = tenant.writes().size();
        List<String> verbs = List.of("health.groupMembers", "health.setOwners");
        for (int run = 0; run < 40; run++) {
            // A hostile mailbox with the real group, or the real mailbox with a hostile group: never both real.
            String mailbox = run % 4 < 2 ? pick() : "klantenservice@contoso.com";
            ObjectNode data = JsonNodeFactory.instance
                    .objectNode()
                    .put("mailbox", mailbox)
                    .put("group", run % 4 < 2 ? MARKETING_TEAM : pick())
                    .put("owners." + mailbox, pick() + "," + MARKETING_TEAM)
                    .put("confirmed", run % 3 == 0);
            ObjectNode value = JsonNodeFactory.instance.objectNode();
            value.putObject("action")
                    .put("type", "Action.Execute")
                    .put("verb", verbs.get(run % verbs.size()))
                    .set("data", data);
            send(Activities.expectReplies(
                            Activities.invoke("hostile-health-" + run, MEGAN, "adaptiveCard/action", value, "en-US"))
                    .toString());
        }

        assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(tenant.writes().subList(writesBefore, tenant.writes().size()))
                .isEmpty();
        assertThat(App.get(APP.context(), "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("copying access with hostile names, and its card pressed with hostile people and mailboxes, never"
            + " writes to the tenant")
    void hostileCopies() {
        DemoTenant tenant = APP.context().getBean(DemoTenant.class);
        List<String> writesBefore = List.copyOf(tenant.writes());
        for (int run = 0; run < HOSTILE_COPY_RUNS; run++) {
            String conversation = "hostile-copy-" + run;
            send(Activities.expectReplies(Activities.message(
                            conversation, MEGAN, "give " + pick() + " the same mailbox access as " + pick(), "en-US"))
                    .toString());
            send(Activities.expectReplies(Activities.message(
                            conversation, MEGAN, "kopieer de postvaktoegang van Flip naar " + pick(), "nl-NL"))
                    .toString());
            JsonNode card = Activities.cardOf(send(Activities.expectReplies(Activities.message(
                            conversation, MEGAN, "give Ger the same mailbox access as Flip", "en-US"))
                    .toString()));
            ObjectNode inputs = JsonNodeFactory.instance
                    .objectNode()
                    .put("copy." + pick(), "true")
                    .put(run % 2 == 0 ? "source" : "target", pick());
            press(conversation, card, "copy.apply", inputs);
            press(conversation, card, "copy.show", JsonNodeFactory.instance.objectNode());
        }

        assertThat(statuses).allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(tenant.writes()).isEqualTo(writesBefore);
        assertThat(App.get(APP.context(), "/actuator/health").statusCode()).isEqualTo(200);
    }

    private JsonNode press(String conversation, JsonNode card, String verb, ObjectNode inputs) {
        ObjectNode data = inputs.put("token", Activities.tokenOf(card));
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", verb)
                .set("data", data);
        HttpResponse<String> response = send(
                Activities.expectReplies(Activities.invoke(conversation, MEGAN, "adaptiveCard/action", value, "en-US"))
                        .toString());
        JsonNode next = Activities.cardOf(response);
        return next.isMissingNode() ? card : next;
    }

    private static ObjectNode field(String name, String value) {
        return JsonNodeFactory.instance.objectNode().put(name, value);
    }

    private String pick() {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private String randomBody(int i) {
        return switch (i % 6) {
            case 0 -> mutated().toString();
            case 1 -> {
                String valid = Activities.message("fuzz-" + i, "user-" + i, pick(), "en-US")
                        .toString();
                yield valid.substring(0, random.nextInt(valid.length()));
            }
            case 2 -> "[".repeat(200 + random.nextInt(3_000)) + "]".repeat(random.nextInt(3_000));
            case 3 -> {
                byte[] bytes = new byte[random.nextInt(512)];
                random.nextBytes(bytes);
                yield new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            case 4 ->
                Activities.expectReplies(Activities.message("fuzz-" + i, "user-" + i, pick(), randomLocale()))
                        .toString();
            default -> hostileInvoke(i).toString();
        };
    }

    /** A valid activity with one to three fields removed or given a value of the wrong kind. */
    private ObjectNode mutated() {
        ObjectNode activity = Activities.expectReplies(Activities.message("fuzz-m", "user-m", "help", "en-US"));
        for (int n = 0; n <= random.nextInt(3); n++) {
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            switch (random.nextInt(6)) {
                case 0 -> activity.remove(field);
                case 1 -> activity.put(field, random.nextInt());
                case 2 -> activity.putArray(field).add(pick()).addObject().put("id", pick());
                case 3 -> activity.putNull(field);
                case 4 -> activity.put(field, pick());
                default -> activity.putObject(field).put("id", pick()).put("role", pick());
            }
        }
        return activity;
    }

    private ObjectNode hostileInvoke(int i) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        ObjectNode action =
                value.putObject("action").put("type", "Action.Execute").put("verb", pick());
        ObjectNode data = action.putObject("data")
                .put("token", pick())
                .put("alias", pick())
                .put("members", pick());
        ArrayNode deep = data.putArray("deep");
        for (int depth = 0; depth < 50; depth++) {
            deep = deep.addArray();
        }
        String name =
                random.nextBoolean() ? "adaptiveCard/action" : random.nextBoolean() ? "application/search" : pick();
        if (name.equals("application/search")) {
            value.put("queryText", pick()).put("dataset", pick());
        }
        return Activities.expectReplies(Activities.invoke("fuzz-i-" + (i % 50), MEGAN, name, value, "nl-NL"));
    }

    private String randomLocale() {
        String[] locales = {"en-US", "nl-NL", "nl_BE", "", "zz", "x".repeat(300), "\u0000", "en-US-u-ca-buddhist"};
        return locales[random.nextInt(locales.length)];
    }
}
