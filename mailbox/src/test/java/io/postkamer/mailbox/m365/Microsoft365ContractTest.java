package io.postkamer.mailbox.m365;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.MailboxServiceContract;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.DemoTenantSettings;
import io.postkamer.mailbox.demo.MutableClock;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The mailbox service contract, on the Microsoft 365 client talking to a fake Microsoft 365 over HTTP. */
class Microsoft365ContractTest extends MailboxServiceContract {
    private static final Duration DELAY = Duration.ofSeconds(5);
    private final List<FakeMicrosoft365> fakes = new ArrayList<>();
    private MutableClock clock;

    @Override
    protected MailboxService newService() {
        clock = MutableClock.monday();
        return start(
                DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withProvisioningDelay(DELAY)));
    }

    @Override
    protected MailboxService newHybridService() {
        DemoTenant hybrid = DemoTenant.load(DemoTenantSettings.contoso().withClock(MutableClock.monday()));
        hybrid.setHybrid(true);
        return start(hybrid);
    }

    @Override
    protected MailboxService newServiceAtScale(int sharedMailboxes, int people) {
        return start(io.postkamer.mailbox.demo.ContosoAtScale.tenant(sharedMailboxes, people));
    }

    @Override
    protected AutoMapping madeElsewhere(boolean set) {
        return AutoMapping.UNKNOWN;
    }

    @Override
    protected void finishProvisioning() {
        clock.advance(DELAY);
    }

    /** Exchange answers the first Get-MailboxPermission with 429 and Retry-After. */
    @Override
    protected void throttleNextHealthRead(Duration retryAfter) {
        once(
                "Get-MailboxPermission",
                aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", Long.toString(retryAfter.toSeconds()))
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}"));
    }

    /** The connection is lost after the first Get-RecipientPermission was sent: no answer comes. */
    @Override
    protected void loseAnAnswerOfNextHealthRead() {
        once("Get-RecipientPermission", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    @Override
    protected void throttleNext(Call call, Duration retryAfter) {
        once(
                call,
                aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", Long.toString(retryAfter.toSeconds()))
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests\"}}"));
    }

    /** The fake carries the call out; the connection is then reset before the answer is back. */
    @Override
    protected void loseAnswerOfNext(Call call) {
        once(
                call,
                aResponse().withTransformers(FakeMicrosoft365.TRANSFORMER).withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    private void once(Call call, ResponseDefinitionBuilder answer) {
        MappingBuilder request = switch (call) {
            case SIGN_OUT_EVERYWHERE -> post(urlPathMatching(".*/users/[^/]+/revokeSignInSessions"));
            case AUTOMATIC_REPLY -> cmdlet("Get-MailboxAutoReplyConfiguration");
            case SET_AUTOMATIC_REPLY -> cmdlet("Set-MailboxAutoReplyConfiguration");
            case SET_SENT_ITEMS_COPIES -> cmdlet("Set-Mailbox");
        };
        fakes.get(0)
                .server()
                .stubFor(request.atPriority(1)
                        .inScenario("once " + call)
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("answered")
                        .willReturn(answer));
    }

    private static MappingBuilder cmdlet(String name) {
        return post(urlPathMatching(".*/InvokeCommand"))
                .withRequestBody(matchingJsonPath("$.CmdletInput.CmdletName", equalTo(name)));
    }

    private void once(String cmdlet, ResponseDefinitionBuilder answer) {
        FakeMicrosoft365 fake = fakes.get(0);
        fake.server()
                .stubFor(post(urlPathMatching(".*/InvokeCommand"))
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.CmdletInput.CmdletName", equalTo(cmdlet)))
                        .inScenario("once " + cmdlet)
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("answered")
                        .willReturn(answer));
    }

    private MailboxService start(DemoTenant tenant) {
        FakeMicrosoft365 fake = FakeMicrosoft365.start(tenant);
        fakes.add(fake);
        return fake.newService();
    }

    @AfterEach
    void stopFakes() {
        fakes.forEach(FakeMicrosoft365::close);
        fakes.clear();
    }
}
