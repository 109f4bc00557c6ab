package io.postkamer.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
 * saved under target/card-screenshots.
 * <p>
 * Without Chromium the test is skipped, unless CI=true, when it must run.
 */
class CardRenderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    /**
     * Properties beyond 1.5 that Microsoft documents for Teams, which the renderer (rightly, for 1.5)
     * ignores: {@code choices.data} (dynamic typeahead search, Adaptive Cards 1.6) works in Teams on 1.5
     * cards.
     */
    private static final List<String> TEAMS_EXTENSIONS = List.of("choices.data");

    private static ChromeDriver browser;
    private static Path screenshots;
    private static String hostConfig;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && !CI) {
            Assumptions.abort("Chromium is not installed (apt-get install -y chromium chromium-driver):"
                    + " the card rendering test is skipped here; with CI=true it runs");
        }
        assertThat(present).as("CI=true needs " + CHROMIUM + " and " + CHROMEDRIVER).isTrue();
        Path renderer = existing("cards.renderer", "target/classes/static/vendor/adaptivecards/adaptivecards.min.js");
        Path designer = existing("cards.designer", "target/npm/node_modules/adaptivecards-designer");
        hostConfig = Files.readString(designer.resolve("lib/hostConfigs/microsoft-teams-light.json"));
        Path style = designer.resolve("dist/containers/teams-container-light.css");
        screenshots = Path.of(System.getProperty("cards.screenshots", "target/card-screenshots"));
        Files.createDirectories(screenshots);
        Path page = Files.createDirectories(Path.of("target/card-render")).resolve("teams.html");
        Files.writeString(page, page(renderer, style), StandardCharsets.UTF_8);

        Path profile = Files.createTempDirectory("card-render-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=640,2400",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get(page.toUri().toString());
        assertThat(script("return typeof AdaptiveCards === 'object' && typeof renderCard === 'function';"))
                .as("the renderer loads from " + renderer).isEqualTo(true);
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
        assertThat(dropped).as("properties the renderer does not know (misspelt or not in 1.5)").isEmpty();
        assertThat(result.get("rendered")).isEqualTo(true);
        assertThat(((Number) result.get("height")).intValue()).as("rendered height").isGreaterThan(40);
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

    private static String page(Path renderer, Path style) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <link rel="stylesheet" href="%s">
                <script src="%s"></script>
                <style>
                  body { margin: 0; background: #f5f5f5; font-family: 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; }
                  #frame { display: inline-block; padding: 16px; background: #f5f5f5; }
                  .teams-inner-frame { width: 480px; min-width: 0; }
                </style>
                <script>
                  function eventsOf(list, AC) {
                    return list.map(e => ({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event],
                                            message: e.message }));
                  }
                  function renderCard(payload, hostConfig) {
                    const AC = window.AdaptiveCards;
                    const card = new AC.AdaptiveCard();
                    card.hostConfig = new AC.HostConfig(hostConfig);
                    const context = new AC.SerializationContext(AC.Versions.v1_5);
                    card.parse(payload, context);
                    const parsed = [];
                    for (let i = 0; i < context.eventCount; i++) { parsed.push(context.getEventAt(i)); }
                    const events = eventsOf(parsed.concat(card.validateProperties().validationEvents), AC);
                    const host = document.getElementById('card');
                    host.innerHTML = '';
                    const element = card.render();
                    if (element) { host.appendChild(element); }
                    const roundTrip = card.toJSON(new AC.SerializationContext(AC.Versions.v1_5));
                    restoreDefaults(payload, roundTrip);
                    return { events: events, rendered: !!element, height: element ? element.offsetHeight : 0,
                             text: element ? element.innerText : '', roundTrip: JSON.stringify(roundTrip) };
                  }
                  // The renderer leaves out properties that have their default value; parsing an object
                  // with only that property tells whether it was a known default or an unknown property.
                  function restoreDefaults(original, roundTrip) {
                    if (Array.isArray(original) && Array.isArray(roundTrip)) {
                      original.forEach((item, i) => restoreDefaults(item, roundTrip[i]));
                    } else if (original && typeof original === 'object' && roundTrip && typeof roundTrip === 'object') {
                      for (const key of Object.keys(original)) {
                        if (key in roundTrip) { restoreDefaults(original[key], roundTrip[key]); }
                        else if (isDefault(original, key)) { roundTrip[key] = original[key]; }
                      }
                    }
                  }
                  function isDefault(object, key) {
                    const AC = window.AdaptiveCards;
                    const type = object.type;
                    const registry = type && type.startsWith('Action.')
                        ? AC.GlobalRegistry.actions : AC.GlobalRegistry.elements;
                    const instance = type ? registry.createInstance(type, AC.Versions.v1_5) : undefined;
                    if (!instance) { return key === '$schema' && type === 'AdaptiveCard'; }
                    const schema = instance.getSchema();
                    for (let i = 0; i < schema.getCount(); i++) {
                      const property = schema.getItemAt(i);
                      // An empty text is left out like an absent one.
                      if (property.name === key) { return object[key] === property.defaultValue || object[key] === ''
                          || String(object[key]).toLowerCase() === String(property.defaultValue).toLowerCase(); }
                    }
                    return false;
                  }
                </script>
                </head><body>
                <div id="frame"><div class="teams-frame"><div class="teams-inner-frame">
                  <div class="teams-card"><div id="card"></div></div>
                </div></div></div>
                </body></html>
                """.formatted(new File(style.toAbsolutePath().toString()).toURI(),
                new File(renderer.toAbsolutePath().toString()).toURI());
    }
}
