package io.postkamer.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postkamer.bot.testing.App;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

/** The chat page over plain HTTP: served with its security headers when on, not there at all when off. */
class ChatPageHttpTest {

    @Test
    @DisplayName("GET / is the chat page, with a Content-Security-Policy that allows this server only")
    void pageWithPolicy(@TempDir Path data) {
        try (ConfigurableApplicationContext app = App.start("postkamer.data-dir=" + data)) {
            HttpResponse<String> page = App.get(app, "/");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("<title>Postkamer", "/chat/vendor/adaptivecards/adaptivecards.min.js")
                    .doesNotContain("http://", "https://");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValue(ChatPageConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(ChatPageConfiguration.CONTENT_SECURITY_POLICY)
                    .contains("default-src 'none'", "script-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
            assertThat(App.get(app, "/chat/chat.js").statusCode()).isEqualTo(200);
            assertThat(App.get(app, "/chat/vendor/adaptivecards/adaptivecards.min.js")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    @DisplayName("GET /chat/people lists the demo tenant's people with their Entra id and role, administrators first")
    void people(@TempDir Path data) throws Exception {
        try (ConfigurableApplicationContext app = App.start("postkamer.data-dir=" + data)) {
            HttpResponse<String> response = App.get(app, "/chat/people");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode people = new ObjectMapper().readTree(response.body());
            assertThat(people.size()).isGreaterThan(5);
            JsonNode megan = people.get(0);
            assertThat(megan.path("displayName").asText()).isEqualTo("Megan Bowen");
            assertThat(megan.path("id").asText()).isEqualTo("3698c9a7-0210-47ec-80eb-4360e0abd6f0");
            assertThat(megan.path("role").asText()).isEqualTo("GLOBAL_ADMINISTRATOR");
            assertThat(people.get(1).path("displayName").asText()).isEqualTo("Adele Vance");
            assertThat(people.get(1).path("roleLabel").asText()).isEqualTo("Exchange Administrator");
            JsonNode flip = null;
            for (JsonNode person : people) {
                if (person.path("displayName").asText().equals("Flip Schoonen")) {
                    flip = person;
                }
            }
            assertThat(flip).isNotNull();
            assertThat(flip.path("role").asText()).isEqualTo("USER");
            assertThat(flip.path("jobTitle").asText()).isEqualTo("Medewerker receptie");
        }
    }

    @Test
    @DisplayName("with postkamer.chat-page.enabled=false the page, its script and the people list are not found")
    void switchedOff(@TempDir Path data) {
        try (ConfigurableApplicationContext app =
                App.start("postkamer.data-dir=" + data, "postkamer.chat-page.enabled=false")) {
            for (String path : new String[] {"/", "/chat/index.html", "/chat/chat.js", "/chat/people"}) {
                assertThat(App.get(app, path).statusCode()).as(path).isEqualTo(404);
            }
        }
    }

    @Test
    @DisplayName("on by default without bot credentials, off with them, and postkamer.chat-page.enabled overrides both")
    void whenOn() {
        assertThat(enabled()).isTrue();
        assertThat(enabled("MicrosoftAppId", "8f1c1c8e-0000-4000-8000-000000000001"))
                .isFalse();
        assertThat(enabled(
                        "MicrosoftAppId",
                        "8f1c1c8e-0000-4000-8000-000000000001",
                        "postkamer.chat-page.enabled",
                        "true"))
                .isTrue();
        assertThat(enabled("postkamer.chat-page.enabled", "false")).isFalse();
    }

    private static boolean enabled(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return new ChatPageEnabled().matches(context, null);
    }
}
