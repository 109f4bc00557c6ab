package io.postkamer.dialogs.create;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.LastingFaults;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The create conversation when Graph or Exchange keeps failing for longer than the client's own
 * retries last: the admin reads what happened and gets a button to try again; once the fault clears
 * and they press it, the tenant holds every change exactly once and what had succeeded is not sent
 * again.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class FaultsOutlastRetriesTest {
    private final TestChannel.Delivery delivery;

    FaultsOutlastRetriesTest(TestChannel.Delivery delivery) {
        this.delivery = delivery;
    }

    private static final int ATTEMPTS = LastingFaults.ATTEMPTS;
    private static final String GRANTED = "grant marketing Flip Schoonen FULL_ACCESS automapping=true";
    private static final String SEND_AS = "grant marketing Flip Schoonen SEND_AS";
    private static final String SEND_ON_BEHALF = "grant marketing Ger Verbeek SEND_ON_BEHALF";
    private static final String CREATED = "create marketing@contoso.com \"Afdeling Marketing\"";
    private static final String SENT_ITEMS = "sent items copies marketing sentAs=true sentOnBehalf=true";

    private final LastingFaults faults = new LastingFaults();
    private final FakeMicrosoft365 m365 = faults.m365();

    @AfterEach
    void stop() {
        faults.close();
    }

    private Chat upToPermissions(String locale) {
        Chat megan = new Chat(new TestChannel(delivery), () -> faults.bot(), "outlast-" + locale, MEGAN, locale);
        megan.say(locale.startsWith("nl") ? "maak een gedeeld postvak" : "create a shared mailbox");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
        megan.press("next", Map.of("members", FLIP + "," + GER));
        return megan;
    }

    @Test
    @DisplayName(
            "Exchange answers 503 to Full Access on every attempt: the admin reads why, retries the failed one only, each grant made once")
    void outageOutlastsRetriesOnOneGrant() {
        Chat megan = upToPermissions("en-US");
        faults.keepFailing(
                LastingFaults.cmdlet("Add-MailboxPermission"), aResponse().withStatus(503));

        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());

        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Full Access failed",
                        "Microsoft 365 (Exchange Online) is not available right now (HTTP 503). Try again in a moment.",
                        "Flip Schoonen: Send As granted",
                        "Ger Verbeek: Send on Behalf granted",
                        "only the failed ones are tried again")
                .doesNotContain("Exception", "InvokeCommand");
        assertThat(megan.buttons()).contains("retry");
        assertThat(faults.sent("Add-MailboxPermission"))
                .as("the client's own attempts")
                .isEqualTo(ATTEMPTS);
        assertThat(m365.tenant().writes())
                .startsWith(CREATED)
                .containsExactlyInAnyOrder(CREATED, SEND_AS, SEND_ON_BEHALF, SENT_ITEMS);

        faults.clear();
        megan.press("retry");

        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Full Access granted",
                        "Flip Schoonen: Send As granted",
                        "Ger Verbeek: Send on Behalf granted")
                .doesNotContain("failed");
        assertThat(megan.buttons()).doesNotContain("retry");
        assertThat(m365.tenant().writes())
                .startsWith(CREATED)
                .endsWith(GRANTED)
                .containsExactlyInAnyOrder(CREATED, SEND_AS, SEND_ON_BEHALF, SENT_ITEMS, GRANTED);
        assertThat(faults.sent("Add-RecipientPermission"))
                .as("Send As had succeeded and is not sent again")
                .isEqualTo(1);
        assertThat(faults.sent("Set-Mailbox"))
                .as("Send on Behalf and the Sent Items copies had succeeded and are not sent again")
                .isEqualTo(2);
        assertThat(faults.sent("New-Mailbox")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "every connection to Exchange is reset while Send As is granted: the failed line says so, the retry makes it once")
    void resetOutlastsRetries() {
        Chat megan = upToPermissions("en-US");
        faults.keepFailing(
                LastingFaults.cmdlet("Add-RecipientPermission"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());

        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Send As failed",
                        "Microsoft 365 (Exchange Online) did not answer in time, or the connection broke.",
                        "Flip Schoonen: Full Access granted")
                .doesNotContain("Exception", "IOException", "InvokeCommand");
        assertThat(megan.buttons()).contains("retry");

        faults.clear();
        megan.press("retry");

        assertThat(megan.cardText()).contains("Flip Schoonen: Send As granted").doesNotContain("failed");
        assertThat(m365.tenant().writes())
                .startsWith(CREATED)
                .endsWith(SEND_AS)
                .containsExactlyInAnyOrder(CREATED, GRANTED, SEND_ON_BEHALF, SENT_ITEMS, SEND_AS);
        assertThat(faults.sent("Add-MailboxPermission")).isEqualTo(1);
        assertThat(faults.sent("Set-Mailbox"))
                .as("Send on Behalf, then the Sent Items copies")
                .isEqualTo(2);
    }

    @Test
    @DisplayName(
            "block sign-in is made but every answer comes too late: the admin reads it timed out, and the retry finds it done without a second PATCH")
    void slowAnswersOutlastRetriesOnBlock() {
        Chat megan = upToPermissions("en-US");
        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());
        megan.press("next");
        // Graph makes the change, but this answer and every later one about the account come too late.
        ResponseDefinitionBuilder late =
                aResponse().withTransformers(FakeMicrosoft365.TRANSFORMER).withFixedDelay(1_200);
        faults.keep(patch(urlPathMatching("/v1.0/users/[^/]+"))
                .atPriority(1)
                .inScenario("late")
                .willSetStateTo("patched")
                .willReturn(late));
        faults.keep(get(urlPathMatching("/v1.0/users/[^/]+"))
                .atPriority(1)
                .inScenario("late")
                .whenScenarioStateIs("patched")
                .willReturn(late));

        megan.press("block");

        assertThat(megan.cardText())
                .contains(
                        "Block sign-in for the mailbox's account",
                        "Microsoft 365 (Microsoft Graph) did not answer in time",
                        "what was already done is not done twice")
                .doesNotContain("Exception", "/v1.0/users");
        assertThat(megan.buttons()).contains("block");

        faults.clear();
        megan.press("block");

        assertThat(megan.cardText()).contains("Afdeling Marketing is ready", "Blocked");
        assertThat(m365.tenant().writes())
                .startsWith(CREATED)
                .endsWith("block sign-in marketing")
                .containsExactlyInAnyOrder(
                        CREATED, GRANTED, SEND_AS, SEND_ON_BEHALF, SENT_ITEMS, "block sign-in marketing");
        assertThat(m365.requests().stream()
                        .filter(request -> request.method().equals("PATCH"))
                        .count())
                .as("the block that was made is not sent again")
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "Exchange throttles New-Mailbox for longer than the client waits: in Dutch the admin reads when to try again, presses Maken again, one mailbox")
    void throttlingLongerThanTheBackoffInDutch() {
        Chat megan = new Chat(new TestChannel(delivery), () -> faults.bot(), "outlast-throttled", MEGAN, "nl-NL");
        megan.say("maak een gedeeld postvak");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        faults.keepFailing(
                LastingFaults.cmdlet("New-Mailbox"), aResponse().withStatus(429).withHeader("Retry-After", "120"));

        megan.press("create");

        assertThat(megan.cardText())
                .contains("vroeg mij het rustiger aan te doen", "120 seconden")
                .doesNotContain("Exception");
        assertThat(megan.buttons())
                .as("the create button is still there to try again")
                .contains("create");
        assertThat(faults.sent("New-Mailbox"))
                .as("a Retry-After past the longest backoff is not waited for")
                .isEqualTo(1);
        assertThat(m365.tenant().writes()).isEmpty();

        faults.clear();
        megan.press("create");
        megan.press("next", Map.of("members", FLIP));

        assertThat(megan.cardText()).contains("Flip Schoonen");
        assertThat(m365.tenant().writes()).containsExactly(CREATED);
        assertThat(faults.sent("New-Mailbox")).isEqualTo(2);
    }
}
