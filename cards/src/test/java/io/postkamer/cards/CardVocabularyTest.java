package io.postkamer.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The verbs the cards can send are exactly the {@link Verb}s: none unknown, none never sent. */
class CardVocabularyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("every verb a template writes or a card is bound with is a Verb, spelt exactly as the Verb's id")
    void everyEmittedVerbIsInTheVocabulary() throws IOException {
        assertThat(emitted())
                .allSatisfy(verb -> assertThat(Verb.of(verb)).as(verb).isPresent());
    }

    @Test
    @DisplayName("every Verb is sent by some card, so no handler waits for a button that does not exist")
    void everyVerbIsEmitted() throws IOException {
        Set<String> emitted = emitted();
        assertThat(Arrays.stream(Verb.values()).map(Verb::id))
                .allSatisfy(id -> assertThat(emitted).contains(id));
    }

    @Test
    @DisplayName("a verb in another case is no verb: matching is exact")
    void matchingIsExact() {
        assertThat(Verb.of("manage.revokeAll")).contains(Verb.REVOKE_ALL);
        assertThat(Verb.of("manage.revokeall")).isEmpty();
        assertThat(Verb.of("MANAGE.REVOKEALL")).isEmpty();
        assertThat(Verb.of(null)).isEmpty();
    }

    /** The literal verbs of the templates and the verbs of every sample card, rendered in English and Dutch. */
    private static Set<String> emitted() throws IOException {
        Set<String> verbs = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/cards"))) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".json")).toList()) {
                collect(JSON.readTree(template.toFile()), verbs);
            }
        }
        for (Locale locale : List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("nl-NL"))) {
            Texts texts = Texts.forLocale(locale.toLanguageTag());
            CardSamples.all()
                    .forEach(sample -> collect(sample.card().apply(texts).content(), verbs));
        }
        verbs.removeIf(verb -> verb.contains("${"));
        return verbs;
    }

    private static void collect(JsonNode node, Set<String> verbs) {
        if (node.isObject() && node.path("type").asText().equals("Action.Execute") && node.has("verb")) {
            verbs.add(node.get("verb").asText());
        }
        node.forEach(child -> collect(child, verbs));
    }
}
