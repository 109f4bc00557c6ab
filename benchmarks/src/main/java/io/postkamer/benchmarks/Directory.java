package io.postkamer.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Graph directory of generated accounts on WireMock, answering the people picker's {@code $batch}
 * search (users and groups by prefix) and its {@code $batch} of mailbox purposes after a fixed delay, as a
 * far-away Graph would. One account in twenty is a shared mailbox's, as in a tenant with many of them.
 */
final class Directory implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIRST = {
        "Anna",
        "Bram",
        "Chantal",
        "Daan",
        "Emma",
        "Finn",
        "Greet",
        "Hugo",
        "Iris",
        "Johan",
        "Johanna",
        "Joris",
        "Kees",
        "Lotte",
        "Mila",
        "Noah",
        "Olaf",
        "Pien",
        "Ruben",
        "Sanne",
        "Thijs",
        "Ulla",
        "Vera",
        "Wouter",
        "Xander",
        "Yara",
        "Zoë",
        "Émilie",
        "Jonas",
        "Josephine"
    };
    private static final String[] LAST = {
        "de Vries",
        "Jansen",
        "van den Berg",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "Smits",
        "de Graaf",
        "van der Meer",
        "Kok",
        "Jacobs",
        "de Haan",
        "Vermeulen"
    };

    record Entry(String id, String displayName, String mail, String[] words, String purpose) {}

    private static final String ID_PREFIX = "00000000-0000-4000-8000-";
    private static final Pattern PURPOSE =
            Pattern.compile("/users/" + ID_PREFIX + "(\\d{12})/mailboxSettings/userPurpose");

    private final List<Entry> people = new ArrayList<>();
    private final WireMockServer server;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong purposeCalls = new AtomicLong();

    Directory(int size, int delayMillis) {
        Random random = new Random(42);
        for (int i = 0; i < size; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i;
            String mail = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@contoso.com";
            people.add(new Entry(
                    ID_PREFIX + String.format("%012d", i),
                    name,
                    mail,
                    name.toLowerCase(Locale.ROOT).split(" "),
                    i % 20 == 0 ? "shared" : "user"));
        }
        server = new WireMockServer(options().dynamicPort().containerThreads(50).extensions(new Search()));
        server.start();
        server.stubFor(post(urlEqualTo("/v1.0/$batch"))
                .willReturn(aResponse().withTransformers("directory-search").withFixedDelay(delayMillis)));
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** Graph round trips: every {@code $batch}, searches and purposes alike. */
    long calls() {
        return calls.get();
    }

    /** The round trips that asked for mailbox purposes. */
    long purposeCalls() {
        return purposeCalls.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Search implements ResponseDefinitionTransformerV2 {
        private final Pattern term = Pattern.compile("\"displayName:([^\"]*)\"");

        @Override
        public String getName() {
            return "directory-search";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            calls.incrementAndGet();
            try {
                JsonNode batch = JSON.readTree(event.getRequest().getBodyAsString());
                ObjectNode answer = JSON.createObjectNode();
                ArrayNode responses = answer.putArray("responses");
                boolean purposes = false;
                for (JsonNode request : batch.path("requests")) {
                    String url = URLDecoder.decode(request.path("url").asText(), StandardCharsets.UTF_8);
                    Matcher purpose = PURPOSE.matcher(url);
                    if (purpose.matches()) {
                        purposes = true;
                        responses
                                .addObject()
                                .put("id", request.path("id").asText())
                                .put("status", 200)
                                .putObject("body")
                                .put(
                                        "value",
                                        people.get(Integer.parseInt(purpose.group(1)))
                                                .purpose());
                        continue;
                    }
                    Matcher m = term.matcher(url);
                    String prefix = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
                    ObjectNode response = responses
                            .addObject()
                            .put("id", request.path("id").asText())
                            .put("status", 200);
                    ArrayNode value = response.putObject("body").putArray("value");
                    if (url.startsWith("/users")) {
                        people.stream()
                                .filter(p -> p.mail().startsWith(prefix) || startsAnyWord(p, prefix))
                                .limit(25)
                                .forEach(p -> value.addObject()
                                        .put("id", p.id())
                                        .put("displayName", p.displayName())
                                        .put("userPrincipalName", p.mail())
                                        .put("mail", p.mail()));
                    }
                }
                if (purposes) {
                    purposeCalls.incrementAndGet();
                }
                return ResponseDefinitionBuilder.responseDefinition()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer.toString())
                        .withFixedDelay(event.getResponseDefinition().getFixedDelayMilliseconds())
                        .build();
            } catch (Exception e) {
                return ResponseDefinitionBuilder.responseDefinition()
                        .withStatus(500)
                        .withBody(e.toString())
                        .build();
            }
        }

        private boolean startsAnyWord(Entry p, String prefix) {
            for (String word : p.words()) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
