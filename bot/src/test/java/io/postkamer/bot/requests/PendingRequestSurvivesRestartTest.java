package io.postkamer.bot.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.postkamer.bot.requests.RequestsOverHttp.FLIP;
import static io.postkamer.bot.requests.RequestsOverHttp.PIETER;
import static io.postkamer.bot.requests.RequestsOverHttp.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.postkamer.bot.testing.App;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class PendingRequestSurvivesRestartTest {

    @Test
    @DisplayName("a pending request survives a restart: Pieter approves it afterwards and Flip is told")
    void approvedAfterRestart(@TempDir Path data) {
        WireMockServer connector =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"sent\"}")));
        String serviceUrl = connector.baseUrl() + "/";
        try {
            long number;
            try (ConfigurableApplicationContext app = App.start("postkamer.data-dir=" + data)) {
                app.getBean(DemoTenant.class).revoke(RECEPTIE32, FLIP, Right.SEND_AS);
                RequestsOverHttp.greet(app, FLIP, serviceUrl);
                RequestsOverHttp.greet(app, PIETER, serviceUrl);
                number = RequestsOverHttp.flipAsksForSendAs(app, serviceUrl);
            }
            try (ConfigurableApplicationContext app = App.start("postkamer.data-dir=" + data)) {
                assertThat(RequestsOverHttp.press(app, FLIP, serviceUrl, "request.refresh", number)
                                .toString())
                        .contains("Waiting for approval", "Pieter Jansen");
                assertThat(RequestsOverHttp.press(app, PIETER, serviceUrl, "request.approve", number)
                                .toString())
                        .contains("Approved by Pieter Jansen", "The permissions have been granted.");
                assertThat(app.getBean(DemoTenant.class).writes())
                        .containsExactly("grant receptie32 Flip Schoonen SEND_AS");
            }
            connector.verify(
                    1, postRequestedFor(urlPathMatching("/v3/conversations/personal-" + FLIP + "/activities.*")));
        } finally {
            connector.stop();
        }
    }
}
