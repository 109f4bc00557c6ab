package io.postkamer.dialogs.offboarding;

import static io.postkamer.mailbox.Contoso.FLIP_MAILBOX;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.PIETER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An offboarding on the Microsoft 365 client, against its stand-in of Graph and Exchange Online: each step sends
 * exactly the call the admin centre or PowerShell would, once, a lost answer included, and the number of calls is what
 * the README reports.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class OffboardingOnMicrosoft365Test {
    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService());
    private final Chat megan;

    OffboardingOnMicrosoft365Test(TestChannel.Delivery delivery) {
        this.megan = new Chat(new TestChannel(delivery), () -> bot, "offboard-m365", MEGAN, "en-US");
    }

    @AfterEach
    void stop() {
        m365.close();
    }

    /** Every request that changes the tenant, in order. */
    private List<String> changes() {
        return m365.requests().stream()
                .filter(FakeMicrosoft365.Received::isChange)
                .map(request -> request.isExchange()
                        ? request.cmdlet()
                        : request.method() + " "
                                + request.url().replaceAll("\\?.*", "").replaceAll("/users/[^/]+", "/users/{id}"))
                .toList();
    }

    @Test
    @DisplayName("each step sends its one call, in order, the automatic reply's answer lost on the way back and never"
            + " sent twice")
    void oneCallPerStep() {
        // The stand-in sets the reply, then the connection is reset before its answer is back.
        m365.server()
                .stubFor(WireMock.post(WireMock.urlPathMatching(".*/InvokeCommand"))
                        .atPriority(1)
                        .withRequestBody(WireMock.matchingJsonPath(
                                "$.CmdletInput.CmdletName", WireMock.equalTo("Set-MailboxAutoReplyConfiguration")))
                        .inScenario("lost")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("answered")
                        .willReturn(WireMock.aResponse()
                                .withTransformers(FakeMicrosoft365.TRANSFORMER)
                                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        megan.say("offboard flip.schoonen@contoso.com");
        m365.forgetRequests();

        megan.invoke(
                "offboard.start",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("mailbox", FLIP_MAILBOX)
                        .put("manager", PIETER)
                        .put("sendAs", "true")
                        .put("reply", "true")
                        .put("replyText", "Flip Schoonen works here no longer.\nWrite to Pieter Jansen.")
                        .put("hide", "true")
                        .put("licences", "true")
                        .put("ownRights", "true"));

        assertThat(megan.cardText()).contains("Flip Schoonen is offboarded");
        assertThat(changes())
                .containsExactly(
                        "PATCH /v1.0/users/{id}",
                        "POST /v1.0/users/{id}/revokeSignInSessions",
                        "Set-Mailbox",
                        "Add-MailboxPermission",
                        "Add-RecipientPermission",
                        "Set-MailboxAutoReplyConfiguration",
                        "Set-Mailbox",
                        "POST /v1.0/users/{id}/assignLicense",
                        "Remove-MailboxPermission",
                        "Remove-RecipientPermission");
        var flip = m365.tenant().mailbox(FLIP_MAILBOX).orElseThrow();
        assertThat(flip.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(flip.hiddenFromAddressLists()).isTrue();
        assertThat(flip.account().licences()).isEmpty();
        assertThat(m365.tenant().automaticReply(FLIP_MAILBOX).enabled()).isTrue();
        // 76 calls today: the mailbox read where a step depends on it, each write's own read first, and the bulk read
        // of the shared mailboxes' permissions for Flip's rights elsewhere (two per shared mailbox, as the health
        // report reads them).
        assertThat(m365.requests().stream().filter(r -> r.isExchange() || r.isGraph()))
                .as("calls for a whole offboarding")
                .hasSizeLessThanOrEqualTo(80);
    }
}
