package io.postkamer.dialogs.manage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.mailbox.Contoso.ANOUK;
import static io.postkamer.mailbox.Contoso.EXCHANGESTANDARD;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.LastingFaults;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The overview's changes when Graph or Exchange fails for longer than the client's own retries:
 * the overview says what happened and offers to try again; once the fault clears and the admin does,
 * every change is in the tenant exactly once and nothing that had succeeded is sent again.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class ManageFaultsOutlastRetriesTest {
    private final TestChannel.Delivery delivery;

    ManageFaultsOutlastRetriesTest(TestChannel.Delivery delivery) {
        this.delivery = delivery;
    }

    private static final int ATTEMPTS = LastingFaults.ATTEMPTS;

    private final LastingFaults faults = new LastingFaults();
    private final FakeMicrosoft365 m365 = faults.m365();

    @AfterEach
    void stop() {
        faults.close();
    }

    private static ObjectNode about(String mailbox) {
        return JsonNodeFactory.instance.objectNode().put("mailbox", mailbox);
    }

    /** A button anywhere on the card (top actions or a member's action set) with this verb. */
    private static Optional<JsonNode> button(Chat chat, String verb) {
        List<JsonNode> found = new ArrayList<>();
        collectButtons(chat.card(), found);
        return found.stream()
                .filter(action -> action.path("verb").asText().equals(verb))
                .findFirst();
    }

    private static void collectButtons(JsonNode node, List<JsonNode> found) {
        if (node.path("type").asText().equals("Action.Execute")) {
            found.add(node);
        }
        node.forEach(child -> collectButtons(child, found));
    }

    /** The card's "Try again" button, in either language. */
    private static Optional<JsonNode> retryButton(Chat chat) {
        List<JsonNode> found = new ArrayList<>();
        collectButtons(chat.card(), found);
        return found.stream()
                .filter(action -> List.of("Try again", "Opnieuw proberen")
                        .contains(action.path("title").asText()))
                .findFirst();
    }

    /** Presses the card's "Try again" button, with the data it carries. */
    private static void pressRetry(Chat chat) {
        JsonNode action = retryButton(chat).orElseThrow(() -> new AssertionError("no Try again button on the card"));
        chat.invoke(action.path("verb").asText(), ((ObjectNode) action.path("data")).deepCopy());
    }

    @Test
    @DisplayName(
            "Exchange answers 503 to every Add-MailboxPermission while automapping is switched: the overview says it is unavailable and offers to try again; Full Access ends up given once")
    void outageDuringAutomappingSwitch() {
        Chat megan = new Chat(new TestChannel(delivery), () -> faults.bot(), "manage-503", MEGAN, "en-US");
        faults.keepFailing(
                LastingFaults.cmdlet("Add-MailboxPermission"), aResponse().withStatus(503));

        megan.invoke(
                "manage.automapping",
                about(RECEPTIE32).put("member", ANOUK).put("name", "Anouk Smit").put("autoMapping", false));

        assertThat(megan.cardText())
                .contains("Microsoft 365 (Exchange Online) is not available right now (HTTP 503)")
                .doesNotContain("Exception", "InvokeCommand");
        assertThat(megan.cardText())
                .as("Anouk lost Full Access on the way, and with it her own automapping button")
                .doesNotContain("Anouk Smit\nFull Access");
        assertThat(retryButton(megan))
                .as("a button that switches Anouk's automapping again")
                .hasValueSatisfying(retry -> {
                    assertThat(retry.path("verb").asText()).isEqualTo("manage.automapping");
                    assertThat(retry.path("data").path("member").asText()).isEqualTo(ANOUK);
                });
        assertThat(faults.sent("Add-MailboxPermission")).isEqualTo(ATTEMPTS);

        faults.clear();
        pressRetry(megan);

        assertThat(megan.cardText()).contains("Automapping for Anouk Smit is now off");
        assertThat(m365.tenant().writes())
                .containsExactly(
                        "revoke receptie32 Anouk Smit FULL_ACCESS",
                        "grant receptie32 Anouk Smit FULL_ACCESS automapping=false");
        assertThat(faults.sent("Remove-MailboxPermission"))
                .as("the removal had succeeded and is not sent again")
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "every connection is reset while Send As is removed and the licence taken off: the overview says so, the buttons try again, each change made once")
    void resetsDuringRevokeAndLicence() {
        Chat megan = new Chat(new TestChannel(delivery), () -> faults.bot(), "manage-reset", MEGAN, "en-US");
        faults.keepFailing(
                LastingFaults.cmdlet("Remove-RecipientPermission"),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        faults.keepFailing(
                post(urlPathMatching("/v1.0/users/[^/]+/assignLicense")),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        megan.invoke(
                "manage.revoke",
                about(RECEPTIE32)
                        .put("member", FLIP)
                        .put("name", "Flip Schoonen")
                        .put("right", "SEND_AS"));
        megan.pressButton("manage.revoke");
        assertThat(megan.cardText())
                .contains("Microsoft 365 (Exchange Online) did not answer in time, or the connection broke")
                .doesNotContain("Exception");
        assertThat(retryButton(megan)).map(retry -> retry.path("verb").asText()).hasValue("manage.revoke");

        megan.invoke("manage.convert", about(SANNE_MAILBOX));
        megan.pressButton("manage.convert");
        megan.invoke(
                "manage.removeLicence",
                about(SANNE_MAILBOX).put("sku", EXCHANGESTANDARD).put("name", "EXCHANGESTANDARD"));
        megan.pressButton("manage.removeLicence");
        assertThat(megan.cardText())
                .contains("Microsoft 365 (Microsoft Graph) did not answer in time, or the connection broke")
                .doesNotContain("Exception", "assignLicense");
        assertThat(retryButton(megan)).map(retry -> retry.path("verb").asText()).hasValue("manage.removeLicence");

        faults.clear();
        pressRetry(megan);
        assertThat(megan.cardText()).contains("The licence Exchange Online (Plan 1) was removed");
        megan.invoke(
                "manage.revoke",
                about(RECEPTIE32)
                        .put("member", FLIP)
                        .put("name", "Flip Schoonen")
                        .put("right", "SEND_AS"));
        megan.pressButton("manage.revoke");
        assertThat(megan.cardText()).contains("Send As removed from Flip Schoonen");

        assertThat(m365.tenant().writes())
                .containsExactly(
                        "convert sanne.willems",
                        "remove licence sanne.willems EXCHANGESTANDARD",
                        "revoke receptie32 Flip Schoonen SEND_AS");
        assertThat(faults.sent("Set-Mailbox"))
                .as("the conversion had succeeded and is not sent again")
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "every answer to a new appointment comes too late: the calendar says so, adding it again after the fault makes one appointment")
    void slowAnswersWhileAddingAnAppointment() {
        Chat megan = new Chat(new TestChannel(delivery), () -> faults.bot(), "manage-slow", MEGAN, "en-US");
        faults.keepFailing(
                post(urlPathMatching("/v1.0/users/[^/]+/events")),
                aResponse().withTransformers(FakeMicrosoft365.TRANSFORMER).withFixedDelay(1_200));
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        ObjectNode visit = about(RECEPTIE32)
                .put("subject", "Client visit")
                .put("date", day.toString())
                .put("start", "10:00")
                .put("end", "11:00")
                .put("location", "Room 2");

        megan.invoke("manage.addEvent", visit.deepCopy());

        assertThat(megan.cardText())
                .contains("Microsoft 365 (Microsoft Graph) did not answer in time")
                .doesNotContain("Exception", "/v1.0/users");
        assertThat(button(megan, "manage.addEvent"))
                .as("the form's Add button, to add it again")
                .isPresent();
        assertThat(inputValues(megan))
                .as("the form keeps what was entered")
                .containsEntry("subject", "Client visit")
                .containsEntry("date", day.toString())
                .containsEntry("start", "10:00")
                .containsEntry("end", "11:00")
                .containsEntry("location", "Room 2");

        faults.clear();
        megan.invoke("manage.addEvent", visit.deepCopy());

        assertThat(megan.cardText()).contains("Client visit");
        assertThat(m365.tenant().writes()).containsExactly("add event receptie32 \"Client visit\"");
        List<String> transactions = m365.requests().stream()
                .filter(request -> request.url().endsWith("/events"))
                .map(request -> request.body().path("transactionId").asText())
                .toList();
        assertThat(transactions)
                .as("every attempt, the retry's included, is the same request to Graph")
                .hasSizeGreaterThan(ATTEMPTS)
                .allSatisfy(id -> assertThat(id).isEqualTo(transactions.get(0)).isNotEmpty());
    }

    @Test
    @DisplayName(
            "Graph throttles unblocking for longer than the client waits: in Dutch the overview says when to try again, and the retry unblocks once")
    void throttledLongerThanTheBackoffInDutch() {
        Chat megan = new Chat(new TestChannel(delivery), () -> faults.bot(), "manage-429", MEGAN, "nl-NL");
        faults.keepFailing(
                patch(urlPathMatching("/v1.0/users/[^/]+")),
                aResponse().withStatus(429).withHeader("Retry-After", "120"));

        megan.invoke("manage.unblock", about(RECEPTIE32));
        megan.pressButton("manage.unblock");

        assertThat(megan.cardText()).contains("vroeg mij het rustiger aan te doen", "120 seconden");
        assertThat(retryButton(megan))
                .as("a button that tries the unblock again")
                .map(retry -> retry.path("verb").asText())
                .hasValue("manage.unblock");
        assertThat(m365.requests().stream()
                        .filter(request -> request.method().equals("PATCH"))
                        .count())
                .as("a Retry-After past the longest backoff is not waited for")
                .isEqualTo(1);

        faults.clear();
        pressRetry(megan);

        assertThat(megan.cardText()).contains("Aanmelding voor Ontvangstgebouw 32 is weer toegestaan");
        assertThat(retryButton(megan)).isEmpty();
        assertThat(m365.tenant().writes()).containsExactly("unblock sign-in receptie32");
    }

    /** The values the card's inputs show, by input id. */
    private static java.util.Map<String, String> inputValues(Chat chat) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        chat.card().findParents("id").stream()
                .filter(node -> node.path("type").asText().startsWith("Input."))
                .forEach(input -> values.put(
                        input.path("id").asText(), input.path("value").asText("")));
        return values;
    }
}
