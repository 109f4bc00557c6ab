package io.postkamer.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postkamer.cards.testing.HeadlessChromium;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every sample card, in English and Dutch, parsed and rendered by Microsoft's own Adaptive Cards
 * renderer (npm {@code adaptivecards}, the one the build puts in static/vendor) in headless Chromium,
 * with the Microsoft Teams host config and style from npm {@code adaptivecards-designer}.
 * <p>
 * No JSON schema file for Adaptive Cards 1.5 is published in a registry this build can reach, so the
 * renderer is the schema check: it parses with target version 1.5 and reports unknown element and
 * action types, properties newer than 1.5, invalid values and failed validation (duplicate ids, missing
 * required properties…). On top of that every property of the card must come back when the renderer
 * serialises what it parsed, which catches misspelt and unknown properties. A screenshot of each card is
 * saved under target/card-screenshots/&lt;template&gt;[-variant].&lt;language&gt;.png.
 * <p>
 * Without Chromium the test is skipped, unless CI=true, when it must run ({@link HeadlessChromium}).
 */
class CardRenderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Properties beyond 1.5 that Microsoft documents for Teams, which the renderer (rightly, for 1.5)
     * ignores: {@code choices.data} (dynamic typeahead search, Adaptive Cards 1.6) works in Teams on 1.5
     * cards ("Typeahead search in Adaptive Cards", Teams platform docs).
     */
    private static final List<String> TEAMS_EXTENSIONS = List.of("choices.data");

    private static ChromeDriver browser;
    private static Path screenshots;
    private static String hostConfig;

    @BeforeAll
    static void openRenderer(@TempDir Path page, @TempDir Path profile) throws IOException, URISyntaxException {
        browser = HeadlessChromium.start(profile);
        Path renderer = existing("cards.renderer", "target/classes/static/vendor/adaptivecards/adaptivecards.min.js");
        Path designer = existing("cards.designer", "target/npm/node_modules/adaptivecards-designer");
        hostConfig = Files.readString(designer.resolve("lib/hostConfigs/microsoft-teams-light.json"));
        Files.copy(renderer, page.resolve("adaptivecards.min.js"));
        Files.copy(
                designer.resolve("dist/containers/teams-container-light.css"),
                page.resolve("teams-container-light.css"));
        Files.copy(
                Path.of(Objects.requireNonNull(CardRenderingTest.class.getResource("/render/index.html"))
                        .toURI()),
                page.resolve("index.html"));
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("cards.screenshots", "target/card-screenshots")));
        browser.manage().window().setSize(new Dimension(640, 2400));
        browser.get(page.resolve("index.html").toUri().toString());
        assertThat(script("return typeof AdaptiveCards === 'object' && typeof renderCard === 'function';"))
                .as("the renderer loads from " + renderer)
                .isEqualTo(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static List<CardSamples.Case> cases() {
        return CardSamples.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("Microsoft's renderer parses the card as 1.5 without warnings and draws it")
    void rendersWithoutWarnings(CardSamples.Case sample) throws IOException {
        JsonNode card = sample.card().content();

        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) script(
                "return renderCard(JSON.parse(arguments[0]), JSON.parse(arguments[1]));", card.toString(), hostConfig);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) result.get("events");
        List<String> warnings = new ArrayList<>();
        for (Map<String, Object> event : events) {
            String message = String.valueOf(event.get("message"));
            boolean teamsExtension = "UnsupportedProperty".equals(event.get("event"))
                    && TEAMS_EXTENSIONS.stream().anyMatch(property -> message.contains("\"" + property + "\""));
            if (!teamsExtension) {
                warnings.add(event.get("phase") + " " + event.get("event") + ": " + message);
            }
        }
        assertThat(warnings).as("renderer parse and validation events").isEmpty();
        List<String> dropped = droppedProperties(card, JSON.readTree((String) result.get("roundTrip")), "$");
        assertThat(dropped)
                .as("properties the renderer does not know (misspelt or not in 1.5)")
                .isEmpty();
        assertThat(result.get("rendered")).isEqualTo(true);
        assertThat(((Number) result.get("height")).intValue())
                .as("rendered height")
                .isGreaterThan(40);
        assertThat((String) result.get("text")).as("rendered text").isNotBlank();

        byte[] png = browser.findElement(By.id("frame")).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(sample + ".png"), png);
        assertThat(png.length).isGreaterThan(1000);
    }

    /**
     * Properties of the card that the renderer's own serialisation of it lacks. A property with its
     * default value is dropped by the renderer too, so only those differing from what a fresh parse of
     * the round trip gives are suspects; the script reports defaults as such.
     */
    private static List<String> droppedProperties(JsonNode original, JsonNode roundTrip, String where) {
        List<String> dropped = new ArrayList<>();
        if (original.isObject()) {
            original.fields().forEachRemaining(field -> {
                String path = where + "." + field.getKey();
                JsonNode back = roundTrip.get(field.getKey());
                if (TEAMS_EXTENSIONS.contains(field.getKey())) {
                    return;
                }
                if (back == null) {
                    dropped.add(path + " = " + field.getValue());
                } else {
                    dropped.addAll(droppedProperties(field.getValue(), back, path));
                }
            });
        } else if (original.isArray() && roundTrip.isArray()) {
            for (int i = 0; i < original.size() && i < roundTrip.size(); i++) {
                dropped.addAll(droppedProperties(original.get(i), roundTrip.get(i), where + "[" + i + "]"));
            }
            if (original.size() != roundTrip.size()) {
                dropped.add(where + ": " + original.size() + " items became " + roundTrip.size());
            }
        }
        return dropped;
    }

    private static Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static Path existing(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        assertThat(path).as(property + " (built by mvn generate-resources)").exists();
        return path;
    }
}
