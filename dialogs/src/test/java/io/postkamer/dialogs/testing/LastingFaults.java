package io.postkamer.dialogs.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Microsoft 365 stand-in with faults that last until they are cleared, and a bot on a client
 * that gives up after {@link #ATTEMPTS} attempts and a 600 ms timeout: faults that outlast the retries.
 */
public final class LastingFaults implements AutoCloseable {
    public static final int ATTEMPTS = 3;

    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService(m365.settings()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(600))
            .withRetries(ATTEMPTS, Duration.ofMillis(20), Duration.ofSeconds(2))));
    private final List<StubMapping> faults = new ArrayList<>();

    public FakeMicrosoft365 m365() {
        return m365;
    }

    public PostkamerBot bot() {
        return bot;
    }

    /** Every request that matches fails as given, until {@link #clear()}. */
    public void keepFailing(MappingBuilder request, ResponseDefinitionBuilder failure) {
        faults.add(m365.server().stubFor(request.atPriority(1).willReturn(failure)));
    }

    /** A fault stub of the test's own making, removed with the others by {@link #clear()}. */
    public void keep(MappingBuilder stub) {
        faults.add(m365.server().stubFor(stub));
    }

    public void clear() {
        faults.forEach(m365.server()::removeStub);
        faults.clear();
    }

    public static MappingBuilder cmdlet(String name) {
        return post(urlPathMatching(".*/InvokeCommand"))
                .withRequestBody(matchingJsonPath("$.CmdletInput.CmdletName", equalTo(name)));
    }

    /** How many times the cmdlet reached Exchange. */
    public long sent(String cmdlet) {
        return m365.cmdlets().stream().filter(cmdlet::equals).count();
    }

    @Override
    public void close() {
        m365.close();
    }
}
