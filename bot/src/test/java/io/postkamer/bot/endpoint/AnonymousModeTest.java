package io.postkamer.bot.endpoint;

import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.RunningApp;
import io.postkamer.mailbox.demo.DemoTenant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without credentials the bot trusts whoever can reach it, so it is for one person on one machine: it
 * listens on loopback, takes JSON only, and refuses what a page of another site makes a browser send.
 */
class AnonymousModeTest {
    @RegisterExtension
    static final RunningApp APP = new RunningApp();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> post(String contentType, String origin, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(App.url(APP.context(), "/api/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Megan's press of "Show in address lists" on Facturen, hidden by the test. */
    private static String showFacturen() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("mailbox", "facturen@contoso.com");
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", "manage.show")
                .set("data", data);
        return Activities.invoke("anonymous-1", MEGAN, "adaptiveCard/action", value, "en-US")
                .toString();
    }

    private static boolean facturenHidden() {
        return APP.context()
                .getBean(DemoTenant.class)
                .mailbox("facturen@contoso.com")
                .orElseThrow()
                .hiddenFromAddressLists();
    }

    @Test
    @DisplayName("without credentials and without server.address the bot listens on 127.0.0.1 only")
    void listensOnLoopback() {
        assertThat(APP.context().getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @org.junit.jupiter.api.BeforeEach
    void hideFacturen() {
        APP.context().getBean(DemoTenant.class).setHiddenFromAddressLists("facturen@contoso.com", true);
    }

    @Test
    @DisplayName("text/plain, a form or no content type: 415, and nothing changes")
    void jsonOnly() throws Exception {
        assertThat(facturenHidden()).isTrue();

        assertThat(post("text/plain", null, showFacturen()).statusCode()).isEqualTo(415);
        assertThat(post("application/x-www-form-urlencoded", null, showFacturen())
                        .statusCode())
                .isEqualTo(415);
        assertThat(post("multipart/form-data; boundary=x", null, showFacturen()).statusCode())
                .isEqualTo(415);

        assertThat(facturenHidden()).isTrue();
    }

    @Test
    @DisplayName(
            "a browser request from a page of another site: 403, and nothing changes; the page's own origin is welcome")
    void foreignPagesAreRefused() throws Exception {
        HttpResponse<String> foreign = post("application/json", "http://evil.example", showFacturen());

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(facturenHidden()).isTrue();
        String own = "http://localhost:" + APP.context().getEnvironment().getProperty("local.server.port");
        assertThat(post(
                                "application/json; charset=utf-8",
                                own,
                                Activities.expectReplies(Activities.message("anonymous-2", MEGAN, "help", "en-US"))
                                        .toString())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("with server.address set, it is used as given")
    void explicitAddressIsKept(@TempDir Path data) {
        var app = App.start("postkamer.data-dir=" + data, "server.address=0.0.0.0");
        try {
            assertThat(app.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
        } finally {
            app.close();
        }
    }

    @Test
    @DisplayName("an invoke the bot does not know gets 200 with an empty answer, not 501")
    void unknownInvoke() {
        ObjectNode invoke = Activities.invoke(
                "anonymous-3", MEGAN, "composeExtension/unknownThing", JsonNodeFactory.instance.objectNode(), "en-US");
        assertThat(App.post(APP.context(), "/api/messages", invoke.toString(), null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("a mention without \"mentioned\" is ignored, not a failure")
    void mentionWithoutMentioned() {
        ObjectNode message =
                Activities.expectReplies(Activities.message("anonymous-4", MEGAN, "<at>Postkamer</at> help", "en-US"));
        message.putArray("entities")
                .addObject()
                .put("type", "mention")
                .put("text", "<at>Postkamer</at>")
                .putNull("mentioned");

        HttpResponse<String> answer = App.post(APP.context(), "/api/messages", message.toString(), null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("Postkamer: shared mailboxes from Teams")
                .doesNotContain("went wrong");
    }
}
