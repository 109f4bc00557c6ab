package io.postkamer.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template, bound with its samples in English and Dutch, is a complete, small Adaptive Card 1.5
 * that uses only what Teams shows. {@link CardRenderingTest} then has Microsoft's renderer check it.
 */
class CardTemplatesTest {
    /** Teams' Adaptive Cards 1.5 types; Data.Query is Teams' typeahead search (choices.data). */
    private static final Set<String> TEAMS_TYPES = Set.of(
            "AdaptiveCard",
            "TextBlock",
            "RichTextBlock",
            "TextRun",
            "Image",
            "ImageSet",
            "Container",
            "ColumnSet",
            "Column",
            "FactSet",
            "ActionSet",
            "Table",
            "TableRow",
            "TableCell",
            "Input.Text",
            "Input.Number",
            "Input.Date",
            "Input.Time",
            "Input.Toggle",
            "Input.ChoiceSet",
            "Input.Choice",
            "Action.OpenUrl",
            "Action.Submit",
            "Action.ShowCard",
            "Action.ToggleVisibility",
            "Action.Execute",
            "Data.Query",
            "TargetElement");
    /** Teams refreshes a card automatically for at most 60 users. */
    private static final int TEAMS_REFRESH_USERS = 60;
    /** Teams takes 100 KB per message; a card this small leaves room for the rest of the activity. */
    private static final int MAX_CARD_BYTES = 28 * 1024;

    static List<CardSamples.Case> cases() {
        return CardSamples.cases();
    }

    @Test
    @DisplayName("Every template in cards/ has sample data, and every sample names a template that exists")
    void everyTemplateHasSamples() {
        Set<String> onDisk = CardSamples.templatesOnDisk();
        Set<String> sampled = CardSamples.all().stream()
                .map(CardSamples.Sample::template)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(onDisk).contains("welcome");
        assertThat(sampled).as("templates with samples in CardSamples").isEqualTo(onDisk);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("A bound card is a complete Adaptive Card 1.5 under 28 KB")
    void boundCardIsComplete(CardSamples.Case sample) {
        JsonNode card = sample.card().content();

        assertThat(card.path("type").textValue()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").textValue()).isEqualTo("1.5");
        assertThat(card.path("body").isEmpty()).as("body").isFalse();
        List<String> leftovers = new ArrayList<>();
        walk(
                card,
                "$",
                (node, where) -> node.fieldNames().forEachRemaining(field -> {
                    if (field.equals("$data") || field.equals("$when")) {
                        leftovers.add(where + "." + field);
                    }
                }));
        assertThat(leftovers).as("template keys left in the card").isEmpty();
        assertThat(card.toString().getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_CARD_BYTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("A bound card uses only what Teams supports, the way Teams needs it")
    void boundCardSuitsTeams(CardSamples.Case sample) {
        JsonNode card = sample.card().content();
        List<String> problems = new ArrayList<>();
        Set<String> inputIds = new HashSet<>();
        walk(card, "$", (node, where) -> {
            String type = node.path("type").asText("");
            if (node.has("type") && !TEAMS_TYPES.contains(type)) {
                problems.add(where + ": " + type + " is not an Adaptive Cards 1.5 type that Teams shows");
            }
            if (type.equals("Action.Execute") && node.path("verb").asText("").isEmpty()) {
                problems.add(where + ": Action.Execute without a verb");
            }
            if (type.equals("Action.Submit") && !node.path("data").isObject()) {
                problems.add(where + ": Action.Submit data must be an object to reach the bot as a value");
            }
            if (type.startsWith("Input.")
                    && !type.equals("Input.Choice")
                    && !inputIds.add(node.path("id").asText())) {
                problems.add(where + ": input id '" + node.path("id").asText() + "' is missing or used twice");
            }
            if (node.path("selectAction").path("type").asText().equals("Action.ShowCard")) {
                problems.add(where + ": Action.ShowCard cannot be a selectAction");
            }
        });
        JsonNode refresh = card.path("refresh");
        if (!refresh.isMissingNode()) {
            if (!refresh.path("action").path("type").asText().equals("Action.Execute")) {
                problems.add("$.refresh: Teams refreshes only with Action.Execute");
            }
            if (!refresh.path("userIds").isArray() || refresh.path("userIds").size() > TEAMS_REFRESH_USERS) {
                problems.add("$.refresh.userIds: a list of at most " + TEAMS_REFRESH_USERS + " users is needed");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void walk(JsonNode node, String where, BiConsumer<JsonNode, String> visit) {
        if (node.isObject()) {
            visit.accept(node, where);
            node.fields().forEachRemaining(field -> walk(field.getValue(), where + "." + field.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "[" + i + "]", visit);
            }
        }
    }
}
