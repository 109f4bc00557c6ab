package io.postkamer.cards;

import io.postkamer.cards.testing.HeadlessChromium;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every card, in English and Dutch, as Teams would get it: fully bound, Adaptive Cards 1.5, well
 * under Teams' message size, and parsed, validated and rendered by Microsoft's own renderer (targeting
 * 1.5) without a single warning. A screenshot of each is kept in target/card-screenshots.
 */
class CardRenderingTest {
    private static final List<Texts> LANGUAGES = List.of(Texts.forLocale("en-US"), Texts.forLocale("nl-NL"));
    private static final Path SCREENSHOTS = Path.of("target", "card-screenshots");
    /**
     * Teams' people picker (dynamic typeahead: Input.ChoiceSet "choices.data" with Data.Query) is a Teams
     * feature on 1.5 cards, documented in "Typeahead search in Adaptive Cards" (Teams platform docs);
     * the renderer files it under 1.6, where the general schema took it in. The only tolerated remark.
     */
    private static final String TEAMS_TYPEAHEAD = "Property \"choices.data\" is supported in version 1.6";
    /** Teams allows 100 KB per message; a card should stay far below it. */
    private static final int MAX_CARD_BYTES = 28 * 1024;

    private static ChromeDriver browser;

    @BeforeAll
    static void openRenderer(@TempDir Path page, @TempDir Path profile) throws IOException, URISyntaxException {
        Path renderer = Path.of("target", "classes", "static", "vendor", "adaptivecards", "adaptivecards.min.js");
        assertThat(renderer).as("the build installs Microsoft's renderer from npm").exists();
        Files.copy(renderer, page.resolve("adaptivecards.min.js"));
        Files.copy(Path.of(Objects.requireNonNull(CardRenderingTest.class.getResource("/render/index.html")).toURI()),
                page.resolve("index.html"));
        browser = HeadlessChromium.start(profile);
        browser.get(page.resolve("index.html").toUri().toString());
    }

    @AfterAll
    static void closeRenderer() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("every card template has sample data, so none escapes these checks")
    void everyTemplateHasASample() throws IOException, URISyntaxException {
        Path templates = Path.of(Objects.requireNonNull(CardRenderingTest.class.getResource("/cards")).toURI());
        Set<String> names;
        try (Stream<Path> files = Files.list(templates)) {
            names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(names).isNotEmpty();
        assertThat(new TreeSet<>(CardSamples.all(LANGUAGES.get(0)).keySet())).isEqualTo(names);
    }

    @Test
    @DisplayName("every card is fully bound, declares version 1.5 and stays far below Teams' size limit")
    void everyCardIsCompleteAndSmall() {
        for (Texts texts : LANGUAGES) {
            CardSamples.all(texts).forEach((name, card) -> {
                String json = card.content().toString();
                assertThat(json).as(name).doesNotContain("${").doesNotContain("\"$data\"").doesNotContain("\"$when\"");
                assertThat(card.content().path("version").asText()).as(name).isEqualTo("1.5");
                assertThat(json.getBytes(StandardCharsets.UTF_8).length).as(name).isLessThan(MAX_CARD_BYTES);
            });
        }
    }

    @Test
    @DisplayName("Microsoft's renderer parses, validates and renders every card for 1.5 without a warning")
    void rendererAcceptsEveryCard() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        for (Texts texts : LANGUAGES) {
            for (Map.Entry<String, AdaptiveCard> card : CardSamples.all(texts).entrySet()) {
                String name = card.getKey() + "-" + texts.locale().getLanguage();
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) browser.executeScript(
                        "return renderForCheck(JSON.parse(arguments[0]));", card.getValue().content().toString());
                ((List<?>) result.get("problems")).stream().map(String::valueOf)
                        .filter(problem -> !problem.contains(TEAMS_TYPEAHEAD))
                        .forEach(problem -> problems.add(name + ": " + problem));
                assertThat(((Number) result.get("rendered")).intValue()).as(name + " shows text").isPositive();
                Files.write(SCREENSHOTS.resolve(name + ".png"),
                        browser.findElement(By.id("card")).getScreenshotAs(OutputType.BYTES));
            }
        }
        assertThat(problems).isEmpty();
    }
}
