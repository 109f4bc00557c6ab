package io.postkamer.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The chat page over plain HTTP: served with its security headers when on, not there at all when off. */
class ChatPageHttpTest {

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "spring.datasource.url=jdbc:h2:mem:chatpage-on;DB_CLOSE_DELAY=-1"})
    @Import(StandInMessagesEndpoint.class)
    class InDemoMode {
        @LocalServerPort
        int port;

        @Test
        @DisplayName("GET / is the chat page with a Content-Security-Policy that allows only this server")
        void pageWithPolicy() throws Exception {
            HttpResponse<String> page = get(port, "/");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Postkamer", "vendor/adaptivecards/adaptivecards.min.js");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(ChatPageFilter.CONTENT_SECURITY_POLICY);
            assertThat(ChatPageFilter.CONTENT_SECURITY_POLICY).contains("default-src 'none'", "script-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
            assertThat(get(port, "/vendor/adaptivecards/adaptivecards.min.js").statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("GET /chat/people lists the tenant's people with their Entra id and role, administrators first")
        void people() throws Exception {
            HttpResponse<String> response = get(port, "/chat/people");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode people = new ObjectMapper().readTree(response.body());
            assertThat(people).hasSize(6);
            assertThat(people.get(0).path("id").asText()).isEqualTo(ChatTestTenant.MEGAN);
            assertThat(people.get(0).path("displayName").asText()).isEqualTo("Megan Bowen");
            assertThat(people.get(0).path("role").asText()).isEqualTo("GLOBAL_ADMINISTRATOR");
            assertThat(people.get(1).path("id").asText()).isEqualTo(ChatTestTenant.ADELE);
            assertThat(people.get(1).path("roleLabel").asText()).isEqualTo("Exchange Administrator");
            assertThat(people.get(2).path("displayName").asText()).isEqualTo("Flip Schoonen");
            assertThat(people.get(2).path("role").asText()).isEqualTo("USER");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "spring.datasource.url=jdbc:h2:mem:chatpage-off;DB_CLOSE_DELAY=-1",
            "MicrosoftAppId=8f1c1c8e-0000-4000-8000-000000000001"})
    @Import(StandInMessagesEndpoint.class)
    class WithBotCredentials {
        @LocalServerPort
        int port;

        @Test
        @DisplayName("the page, its scripts and the people list are not found")
        void notServed() throws Exception {
            for (String path : new String[] {"/", "/index.html", "/chat.js", "/chat.css", "/chat/people"}) {
                assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
            }
        }
    }
}
