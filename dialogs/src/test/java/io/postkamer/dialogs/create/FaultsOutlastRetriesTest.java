package io.postkamer.dialogs.create;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The create conversation when Graph or Exchange keeps failing for longer than the client's own
 * retries last: the admin reads what happened and gets a button to try again; once the fault clears
 * and they press it, the tenant holds every change exactly once and what had succeeded is not sent
 * again.
 */
class FaultsOutlastRetriesTest {
    private static final int ATTEMPTS = 3;
    private static final String GRANTED = "grant marketing Flip Schoonen FULL_ACCESS automapping=true";
    private static final String SEND_AS = "grant marketing Flip Schoonen SEND_AS";
    private static final String SEND_ON_BEHALF = "grant marketing Ger Verbeek SEND_ON_BEHALF";
    private static final String CREATED = "create marketing@contoso.com \"Afdeling Marketing\"";

    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService(m365.settings()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(600))
            .withRetries(ATTEMPTS, Duration.ofMillis(20), Duration.ofSeconds(2))));
    private final List<StubMapping> faults = new ArrayList<>();

    @AfterEach
    void stop() {
        m365.close();
    }

    /** Every request that matches fails as given, until {@link #faultClears()}. */
    private void keepFailing(MappingBuilder request, ResponseDefinitionBuilder failure) {
        faults.add(m365.server().stubFor(request.atPriority(1).willReturn(failure)));
    }

    private void faultClears() {
        faults.forEach(m365.server()::removeStub);
        faults.clear();
    }

    private static MappingBuilder cmdlet(String name) {
        return post(urlPathMatching(".*/InvokeCommand")).withRequestBody(
                matchingJsonPath("$.CmdletInput.CmdletName", equalTo(name)));
    }

    private long sent(String cmdlet) {
        return m365.cmdlets().stream().filter(cmdlet::equals).count();
    }

    private Chat upToPermissions(String locale) {
        Chat megan = new Chat(new TestChannel(), () -> bot, "outlast-" + locale, MEGAN, locale);
        megan.say(locale.startsWith("nl") ? "maak een gedeeld postvak" : "create a shared mailbox");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
        megan.press("next", Map.of("members", FLIP + "," + GER));
        return megan;
    }

    @Test
    @DisplayName("Exchange answers 503 to Full Access on every attempt: the admin reads why, retries the failed one only, each grant made once")
    void outageOutlastsRetriesOnOneGrant() {
        Chat megan = upToPermissions("en-US");
        keepFailing(cmdlet("Add-MailboxPermission"), aResponse().withStatus(503));

        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());

        assertThat(megan.cardText()).contains("Flip Schoonen: Full Access failed",
                        "Microsoft 365 (Exchange Online) is not available right now (HTTP 503). Try again in a moment.",
                        "Flip Schoonen: Send As granted", "Ger Verbeek: Send on Behalf granted",
                        "only the failed ones are tried again")
                .doesNotContain("Exception", "InvokeCommand");
        assertThat(megan.buttons()).contains("retry");
        assertThat(sent("Add-MailboxPermission")).as("the client's own attempts").isEqualTo(ATTEMPTS);
        assertThat(m365.tenant().writes()).startsWith(CREATED).containsExactlyInAnyOrder(CREATED, SEND_AS, SEND_ON_BEHALF);

        faultClears();
        megan.press("retry");

        assertThat(megan.cardText()).contains("Flip Schoonen: Full Access granted", "Flip Schoonen: Send As granted",
                "Ger Verbeek: Send on Behalf granted").doesNotContain("failed");
        assertThat(megan.buttons()).doesNotContain("retry");
        assertThat(m365.tenant().writes()).startsWith(CREATED).endsWith(GRANTED)
                .containsExactlyInAnyOrder(CREATED, SEND_AS, SEND_ON_BEHALF, GRANTED);
        assertThat(sent("Add-RecipientPermission")).as("Send As had succeeded and is not sent again").isEqualTo(1);
        assertThat(sent("Set-Mailbox")).as("Send on Behalf had succeeded and is not sent again").isEqualTo(1);
        assertThat(sent("New-Mailbox")).isEqualTo(1);
    }

    @Test
    @DisplayName("every connection to Exchange is reset while Send As is granted: the failed line says so, the retry makes it once")
    void resetOutlastsRetries() {
        Chat megan = upToPermissions("en-US");
        keepFailing(cmdlet("Add-RecipientPermission"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());

        assertThat(megan.cardText()).contains("Flip Schoonen: Send As failed",
                "Microsoft 365 (Exchange Online) did not answer in time, or the connection broke.",
                "Flip Schoonen: Full Access granted").doesNotContain("Exception", "IOException", "InvokeCommand");
        assertThat(megan.buttons()).contains("retry");

        faultClears();
        megan.press("retry");

        assertThat(megan.cardText()).contains("Flip Schoonen: Send As granted").doesNotContain("failed");
        assertThat(m365.tenant().writes()).startsWith(CREATED).endsWith(SEND_AS)
                .containsExactlyInAnyOrder(CREATED, GRANTED, SEND_ON_BEHALF, SEND_AS);
        assertThat(sent("Add-MailboxPermission")).isEqualTo(1);
        assertThat(sent("Set-Mailbox")).isEqualTo(1);
    }

    @Test
    @DisplayName("block sign-in is made but every answer comes too late: the admin reads it timed out, and the retry finds it done without a second PATCH")
    void slowAnswersOutlastRetriesOnBlock() {
        Chat megan = upToPermissions("en-US");
        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());
        megan.press("next");
        // Graph makes the change, but this answer and every later one about the account come too late.
        ResponseDefinitionBuilder late = aResponse().withTransformers(FakeMicrosoft365.TRANSFORMER).withFixedDelay(1_200);
        faults.add(m365.server().stubFor(patch(urlPathMatching("/v1.0/users/[^/]+")).atPriority(1)
                .inScenario("late").willSetStateTo("patched").willReturn(late)));
        faults.add(m365.server().stubFor(get(urlPathMatching("/v1.0/users/[^/]+")).atPriority(1)
                .inScenario("late").whenScenarioStateIs("patched").willReturn(late)));

        megan.press("block");

        assertThat(megan.cardText()).contains("Block sign-in for the mailbox's account", "Microsoft 365 (Microsoft Graph) did not answer in time", "what was already done is not done twice")
                .doesNotContain("Exception", "/v1.0/users");
        assertThat(megan.buttons()).contains("block");

        faultClears();
        megan.press("block");

        assertThat(megan.cardText()).contains("Afdeling Marketing is ready", "Blocked");
        assertThat(m365.tenant().writes()).startsWith(CREATED).endsWith("block sign-in marketing")
                .containsExactlyInAnyOrder(CREATED, GRANTED, SEND_AS, SEND_ON_BEHALF, "block sign-in marketing");
        assertThat(m365.requests().stream().filter(request -> request.method().equals("PATCH")).count())
                .as("the block that was made is not sent again").isEqualTo(1);
    }

    @Test
    @DisplayName("Exchange throttles New-Mailbox for longer than the client waits: in Dutch the admin reads when to try again, presses Maken again, one mailbox")
    void throttlingLongerThanTheBackoffInDutch() {
        Chat megan = new Chat(new TestChannel(), () -> bot, "outlast-throttled", MEGAN, "nl-NL");
        megan.say("maak een gedeeld postvak");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        keepFailing(cmdlet("New-Mailbox"), aResponse().withStatus(429).withHeader("Retry-After", "120"));

        megan.press("create");

        assertThat(megan.cardText()).contains("vroeg mij het rustiger aan te doen", "120 seconden")
                .doesNotContain("Exception");
        assertThat(megan.buttons()).as("the create button is still there to try again").contains("create");
        assertThat(sent("New-Mailbox")).as("a Retry-After past the longest backoff is not waited for").isEqualTo(1);
        assertThat(m365.tenant().writes()).isEmpty();

        faultClears();
        megan.press("create");
        megan.press("next", Map.of("members", FLIP));

        assertThat(megan.cardText()).contains("Flip Schoonen");
        assertThat(m365.tenant().writes()).containsExactly(CREATED);
        assertThat(sent("New-Mailbox")).isEqualTo(2);
    }
}
