package io.postkamer.dialogs.create;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole create conversation while Graph and Exchange misbehave once on every kind of write: 429
 * with Retry-After, 503, a reset connection, an answer slower than the timeout. The admin sees the
 * same result as on a good day, and the tenant gets every change exactly once.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class CreateMailboxUnderFaultsTest {
    private final TestChannel.Delivery delivery;

    CreateMailboxUnderFaultsTest(TestChannel.Delivery delivery) {
        this.delivery = delivery;
    }

    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService(m365.settings()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800))
            .withRetries(4, Duration.ofMillis(20), Duration.ofSeconds(2))));

    @AfterEach
    void stop() {
        m365.close();
    }

    /** The first request that matches fails as given; the ones after it reach the stand-in. */
    private void failOnce(String name, MappingBuilder request, ResponseDefinitionBuilder failure) {
        m365.server()
                .stubFor(request.atPriority(1)
                        .inScenario(name)
                        .whenScenarioStateIs(STARTED)
                        .willReturn(failure)
                        .willSetStateTo("failed once"));
    }

    private static MappingBuilder cmdlet(String name) {
        return post(urlPathMatching(".*/InvokeCommand"))
                .withRequestBody(matchingJsonPath("$.CmdletInput.CmdletName", equalTo(name)));
    }

    @Test
    @DisplayName("throttling, an outage, a reset and a slow answer on the way: every change made once")
    void everyChangeExactlyOnce() {
        failOnce(
                "full access",
                cmdlet("Add-MailboxPermission"),
                aResponse().withStatus(429).withHeader("Retry-After", "1"));
        failOnce("send as", cmdlet("Add-RecipientPermission"), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        failOnce("send on behalf", cmdlet("Set-Mailbox"), aResponse().withStatus(503));
        failOnce(
                "block",
                patch(urlPathMatching("/v1.0/users/.*")),
                aResponse().withStatus(204).withFixedDelay(1_500));

        Chat megan = new Chat(new TestChannel(delivery), () -> bot, "faults-1", MEGAN, "en-US");
        megan.say("create a shared mailbox");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
        megan.press("next", Map.of("members", FLIP + "," + GER));
        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());
        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Full Access granted",
                        "Flip Schoonen: Send As granted",
                        "Ger Verbeek: Send on Behalf granted");
        megan.press("next");
        megan.press("block");

        assertThat(megan.cardText()).contains("Afdeling Marketing is ready", "Blocked");
        List<String> writes = m365.tenant().writes();
        assertThat(writes)
                .hasSize(6)
                .startsWith("create marketing@contoso.com \"Afdeling Marketing\"")
                .endsWith("sent items copies marketing sentAs=true sentOnBehalf=true", "block sign-in marketing");
        assertThat(writes.subList(1, 4))
                .as("the grants, made side by side")
                .containsExactlyInAnyOrder(
                        "grant marketing Flip Schoonen FULL_ACCESS automapping=true",
                        "grant marketing Flip Schoonen SEND_AS",
                        "grant marketing Ger Verbeek SEND_ON_BEHALF");
        assertThat(m365.cmdlets().stream()
                        .filter(name -> name.equals("Add-MailboxPermission"))
                        .count())
                .as("the throttled grant was sent again")
                .isEqualTo(2);
        assertThat(m365.cmdlets().stream()
                        .filter(name -> name.equals("Add-RecipientPermission"))
                        .count())
                .as("the reset grant was sent again")
                .isEqualTo(2);
        assertThat(m365.cmdlets().stream()
                        .filter(name -> name.equals("Set-Mailbox"))
                        .count())
                .as("the grant that met an outage was sent again, then the Sent Items copies once")
                .isEqualTo(3);
        assertThat(m365.requests().stream()
                        .filter(request -> request.method().equals("PATCH"))
                        .count())
                .as("the block that answered too late was sent again")
                .isEqualTo(2);
    }
}
