package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The list, the finder, opening by name, the history and the access request form on the Microsoft 365 client
 * against a stand-in tenant with 2,000 shared mailboxes: each answer costs a few calls whatever the tenant's
 * size, and every card stays within Teams' limits.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class ThousandsOfMailboxesTest {
    private static final int MAILBOXES = 2_000;
    /** Teams takes 28 KB for a card and leaves the rest of the 100 KB message for the activity around it. */
    private static final int CARD_LIMIT = 28 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeMicrosoft365 m365;

    private final PostkamerBot bot = BotUnderTest.over(m365.newService());
    private final TestChannel channel;
    private final Chat megan;
    private final Chat flip;

    ThousandsOfMailboxesTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        this.megan = new Chat(channel, () -> bot, "scale-megan", MEGAN, "en-US");
        this.flip = new Chat(channel, () -> bot, "scale-flip", FLIP, "nl-NL");
    }

    @BeforeAll
    static void start() {
        m365 = FakeMicrosoft365.start(ContosoAtScale.tenant(MAILBOXES, 2_000));
    }

    @AfterAll
    static void stop() {
        m365.close();
    }

    /** Graph and Exchange calls made since the last look, tokens left out. */
    private long callsSince(Runnable action) {
        m365.forgetRequests();
        action.run();
        return m365.requests().stream().filter(request -> !request.isToken()).count();
    }

    /** The data of the list's "More" button, missing on the last page. */
    private JsonNode more() {
        List<JsonNode> found = new ArrayList<>();
        collectActions(megan.card(), found);
        return found.stream()
                .filter(action -> "list".equals(action.path("verb").asText()))
                .findFirst()
                .map(action -> action.path("data"))
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private static void collectActions(JsonNode node, List<JsonNode> found) {
        if (node.isObject() && node.path("type").asText().startsWith("Action.")) {
            found.add(node);
        }
        node.forEach(child -> collectActions(child, found));
    }

    private static int bytes(JsonNode card) {
        return card.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private List<String> listedNames() {
        List<String> names = new ArrayList<>();
        megan.card().path("body").forEach(element -> {
            if ("Container".equals(element.path("type").asText())) {
                names.add(element.path("items")
                        .path(0)
                        .path("columns")
                        .path(0)
                        .path("items")
                        .path(0)
                        .path("text")
                        .asText());
            }
        });
        return names;
    }

    @Test
    @DisplayName("the list shows a page of 20 with More, in one call, and More walks every mailbox exactly once")
    void listPagesThroughTheTenant() {
        assertThat(callsSince(() -> megan.say("show shared mailboxes"))).isEqualTo(1);
        assertThat(listedNames()).hasSize(ManageMailboxes.PAGE);
        assertThat(bytes(megan.card())).isLessThan(CARD_LIMIT);
        Set<String> seen = new HashSet<>(listedNames());
        int pages = 1;
        for (JsonNode more = more(); !more.isMissingNode(); more = more()) {
            com.fasterxml.jackson.databind.node.ObjectNode data = more.deepCopy();
            long calls = callsSince(() -> megan.invoke("list", data));
            assertThat(calls).as("calls for page %d", pages + 1).isEqualTo(1);
            assertThat(bytes(megan.card())).isLessThan(CARD_LIMIT);
            List<String> page = listedNames();
            assertThat(page)
                    .isNotEmpty()
                    .allSatisfy(name ->
                            assertThat(seen.add(name)).as(name + " seen once").isTrue());
            pages++;
        }
        int total = m365.tenant()
                .sharedMailboxes(100_000, java.util.Optional.empty())
                .mailboxes()
                .size();
        assertThat(total).isGreaterThan(MAILBOXES);
        assertThat(seen).hasSize(total).contains("Postvak 00001", "Postvak 02000", "Ontvangstgebouw 32");
        assertThat(pages).isEqualTo((seen.size() + ManageMailboxes.PAGE - 1) / ManageMailboxes.PAGE);
    }

    @Test
    @DisplayName("a finder keystroke asks Exchange once for what was typed, and not again for the same letters")
    void finderKeystrokes() {
        long first = callsSince(() -> {
            JsonNode results = results(megan.search("Postvak 0199", "postkamer.mailboxes"));
            assertThat(results).hasSize(10);
            assertThat(results.get(0).path("title").asText()).isEqualTo("Postvak 01990 (postvak01990@contoso.com)");
        });
        assertThat(first).isEqualTo(1);
        assertThat(callsSince(() -> assertThat(results(flip.search("postvak 0199", "postkamer.mailboxes")))
                        .hasSize(10)))
                .as("the same letters typed by someone else")
                .isZero();
        assertThat(callsSince(() -> assertThat(results(megan.search("receptie", "postkamer.mailboxes")))
                        .hasSize(1)))
                .isEqualTo(1);
    }

    private static JsonNode results(TestChannel.Turn turn) {
        return JSON.valueToTree(turn.invokeResponse().orElseThrow().getBody())
                .path("value")
                .path("results");
    }

    @Test
    @DisplayName("open by name finds the one mailbox without listing the tenant and shows its overview")
    void openByName() {
        long calls = callsSince(() -> megan.say("open Postvak 01234"));
        assertThat(megan.cardText()).contains("Postvak 01234", "postvak01234@contoso.com");
        // One search by name; then the overview's own reads, the same for any mailbox: Get-Mailbox, its statistics
        // and its account; Get-Mailbox, Get-MailboxPermission and Get-RecipientPermission with their two trustees;
        // the reader's roles.
        assertThat(calls).isLessThanOrEqualTo(10);
        assertThat(bytes(megan.card())).isLessThan(CARD_LIMIT);
    }

    @Test
    @DisplayName("the history of a mailbox named by its name, and continue with it, each in a few calls")
    void historyAndContinueByName() {
        assertThat(callsSince(() -> megan.say("history of Postvak 00042"))).isLessThanOrEqualTo(6);
        assertThat(megan.cardText()).contains("Postvak 00042");
        assertThat(callsSince(() -> megan.say("continue with Postvak 00042"))).isLessThanOrEqualTo(10);
        assertThat(megan.cardText()).contains("Postvak 00042");
    }

    @Test
    @DisplayName(
            "the request form offers the first mailboxes and finds any other; a request for one deep in the tenant goes in")
    void requestFormAtScale() {
        long calls = callsSince(() -> flip.say("toegang aanvragen"));
        JsonNode mailbox = input(flip.card(), "mailbox");
        assertThat(mailbox.path("choices").size()).isBetween(1, 16);
        assertThat(mailbox.path("choices.data").path("dataset").asText()).isEqualTo("postkamer.mailboxes");
        assertThat(bytes(flip.card())).isLessThan(CARD_LIMIT);
        assertThat(calls).isLessThanOrEqualTo(2);

        flip.say("toegang aanvragen tot Postvak 01500");
        assertThat(input(flip.card(), "mailbox").path("value").asText()).isEqualTo(ContosoAtScale.mailboxId(1500));
        flip.press(
                "request.submit",
                Map.of(
                        "mailbox",
                        ContosoAtScale.mailboxId(1500),
                        "fullAccess",
                        "true",
                        "reason",
                        "Ik neem de post over"));
        flip.say("mijn aanvragen");
        assertThat(flip.cardText()).contains("Postvak 01500");
    }

    @Test
    @DisplayName("a press naming a mailbox's address where the form carries an id is refused, and nothing is asked")
    void requestFormRefusesAnAddress() {
        flip.say("toegang aanvragen");
        flip.press(
                "request.submit",
                Map.of("mailbox", "postvak01500@contoso.com", "fullAccess", "true", "reason", "Ik neem de post over"));
        assertThat(flip.cardText())
                .contains(io.postkamer.cards.Texts.forLocale("nl-NL").get("request.invalid.mailbox"));
    }

    private static JsonNode input(JsonNode card, String id) {
        List<JsonNode> found = new ArrayList<>();
        collect(card, id, found);
        assertThat(found).as("input " + id).hasSize(1);
        return found.get(0);
    }

    private static void collect(JsonNode node, String id, List<JsonNode> found) {
        if (node.isObject()
                && id.equals(node.path("id").asText())
                && node.path("type").asText().startsWith("Input.")) {
            found.add(node);
        }
        node.forEach(child -> collect(child, id, found));
    }
}
