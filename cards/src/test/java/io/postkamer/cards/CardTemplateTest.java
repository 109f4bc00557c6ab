package io.postkamer.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardTemplateTest {
    private static final Texts ENGLISH = Texts.forLocale("en");
    private static final Texts DUTCH = Texts.forLocale("nl");

    record Person(String name, boolean owner, int age) {}

    record Team(String title, List<Person> people, Optional<String> note) {}

    private static JsonNode bind(String template, Object data) {
        return CardTemplate.parse("test", template).bind(data, ENGLISH).content();
    }

    @Test
    @DisplayName("A value inside a longer text is written into the text")
    void interpolatesIntoText() {
        JsonNode card = bind("""
                {"text": "Hello ${name}, ${age} years; owner ${owner}"}""", new Person("Megan", true, 41));

        assertThat(card.path("text").textValue()).isEqualTo("Hello Megan, 41 years; owner true");
    }

    @Test
    @DisplayName("A whole-value expression keeps the JSON type: boolean, number, array, object")
    void wholeValueKeepsType() {
        JsonNode card = bind(
                """
                {"isRequired": "${owner}", "maxLength": "${age}", "userIds": "${ids}", "data": "${extra}"}""", Map.of("owner", true, "age", 64, "ids", List.of("29:a", "29:b"), "extra", Map.of("token", "t1")));

        assertThat(card.path("isRequired").isBoolean()).isTrue();
        assertThat(card.path("maxLength").isInt()).isTrue();
        assertThat(card.path("maxLength").intValue()).isEqualTo(64);
        assertThat(card.path("userIds").isArray()).isTrue();
        assertThat(card.path("userIds").get(1).textValue()).isEqualTo("29:b");
        assertThat(card.path("data").path("token").textValue()).isEqualTo("t1");
    }

    @Test
    @DisplayName("$data on an element of an array repeats it per item, with $index, $data and $root")
    void repeatsForEachItem() {
        JsonNode card = bind(
                """
                {"body": [
                  {"type": "TextBlock", "text": "${title}"},
                  {"type": "TextBlock", "$data": "${people}",
                   "text": "${$index}. ${name} of ${$root.title}", "id": "${$data.name}"}
                ]}""",
                new Team(
                        "Sales",
                        List.of(new Person("Megan", true, 41), new Person("Flip", false, 30)),
                        Optional.empty()));

        JsonNode body = card.path("body");
        assertThat(body).hasSize(3);
        assertThat(body.get(1).path("text").textValue()).isEqualTo("0. Megan of Sales");
        assertThat(body.get(2).path("text").textValue()).isEqualTo("1. Flip of Sales");
        assertThat(body.get(2).path("id").textValue()).isEqualTo("Flip");
        assertThat(body.get(2).has("$data")).isFalse();
    }

    @Test
    @DisplayName("$data over an empty array leaves the element out")
    void emptyArrayRepeatsNothing() {
        JsonNode card = bind("""
                {"body": [{"$data": "${people}", "text": "${name}"}]}""", new Team("Sales", List.of(), Optional.empty()));

        assertThat(card.path("body")).isEmpty();
    }

    @Test
    @DisplayName("$data with an object makes it the scope of the element")
    void objectDataIsScope() {
        JsonNode card = bind("""
                {"body": [{"type": "Container", "$data": "${boss}", "items": [{"text": "${name}"}]}]}""", Map.of("boss", new Person("Megan", true, 41)));

        assertThat(card.at("/body/0/items/0/text").textValue()).isEqualTo("Megan");
    }

    @Test
    @DisplayName("$when keeps an element only when the path is true or not empty, and !path inverts it")
    void whenKeepsOrDrops() {
        String template = """
                {"body": [
                  {"text": "owner", "$when": "${owner}"},
                  {"text": "not owner", "$when": "${!owner}"},
                  {"text": "named", "$when": "${name}"}
                ], "actions": [{"title": "per person", "$data": "${people}", "$when": "${owner}"}]}""";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("owner", false);
        data.put("name", "");
        data.put("people", List.of(new Person("Megan", true, 41), new Person("Flip", false, 30)));

        JsonNode card = bind(template, data);

        assertThat(card.path("body")).hasSize(1);
        assertThat(card.at("/body/0/text").textValue()).isEqualTo("not owner");
        assertThat(card.path("actions")).hasSize(1);
        assertThat(card.at("/actions/0").has("$when")).isFalse();
    }

    @Test
    @DisplayName("An empty Optional is absent: its $when is false and a whole value is left out")
    void emptyOptionalIsAbsent() {
        JsonNode card = bind("""
                {"body": [{"text": "${note}", "$when": "${note}"}], "value": "${note}", "label": "[${note}]"}""", new Team("Sales", List.of(), Optional.empty()));

        assertThat(card.path("body")).isEmpty();
        assertThat(card.has("value")).isFalse();
        assertThat(card.path("label").textValue()).isEqualTo("[]");
    }

    @Test
    @DisplayName("${t.key} is the text in the card's language, also inside repeated elements")
    void textsByKey() {
        String template = """
                {"title": "${t.welcome.action.create}",
                 "body": [{"$data": "${people}", "text": "${name}: ${t.common.next}"}]}""";
        Team team = new Team("Sales", List.of(new Person("Megan", true, 41)), Optional.empty());

        JsonNode english =
                CardTemplate.parse("test", template).bind(team, ENGLISH).content();
        JsonNode dutch = CardTemplate.parse("test", template).bind(team, DUTCH).content();

        assertThat(english.path("title").textValue()).isEqualTo(ENGLISH.get("welcome.action.create"));
        assertThat(dutch.path("title").textValue()).isEqualTo("Een gedeeld postvak maken");
        assertThat(dutch.at("/body/0/text").textValue()).isEqualTo("Megan: " + DUTCH.get("common.next"));
    }

    @Test
    @DisplayName("A path the data does not have fails loudly, naming template, place and the fields there are")
    void missingPathFails() {
        CardTemplate template = CardTemplate.parse("test", """
                {"body": [{"type": "TextBlock", "text": "Hi ${nmae}"}]}""");

        assertThatThrownBy(() -> template.bind(new Person("Megan", true, 41), ENGLISH))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("test")
                .hasMessageContaining("$.body[0].text")
                .hasMessageContaining("nmae")
                .hasMessageContaining("[name, owner, age]");
    }

    @Test
    @DisplayName("A missing nested path, text key, or a text that takes arguments fails loudly")
    void otherMissingBindingsFail() {
        assertThatThrownBy(() -> bind("{\"a\": \"${boss.nmae}\"}", Map.of("boss", new Person("M", true, 1))))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("boss.nmae");
        assertThatThrownBy(() -> bind("{\"a\": \"${t.no.such.text}\"}", Map.of()))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("no.such.text");
        assertThatThrownBy(() -> bind("{\"a\": \"${t.welcome.unknown}\"}", Map.of()))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("takes arguments");
        assertThatThrownBy(() -> bind("{\"a\": \"${$index}\"}", Map.of()))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("outside a repeated element");
    }

    @Test
    @DisplayName("Expressions outside the subset are refused instead of half understood")
    void unsupportedExpressionsFail() {
        assertThatThrownBy(() -> bind("{\"a\": \"${if(owner, 'x', 'y')}\"}", Map.of("owner", true)))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("not a path");
        assertThatThrownBy(() -> bind("{\"a\": \"${people[0]}\"}", Map.of("people", List.of("x"))))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("not a path");
        assertThatThrownBy(() -> bind("{\"$when\": \"owner\"}", Map.of("owner", true)))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("one expression");
        assertThatThrownBy(() -> bind("{\"text\": \"${people}!\"}", Map.of("people", List.of("x"))))
                .isInstanceOf(CardBindingException.class)
                .hasMessageContaining("array inside a text");
    }

    @Test
    @DisplayName("Bound values are JSON values: quotes, braces and ${…} in data never change the card")
    void dataCannotInject() throws Exception {
        String hostile = "\", \"type\": \"Action.OpenUrl\", \"url\": \"https://evil\" ${t.welcome.title} }";

        JsonNode card = bind("""
                {"type": "TextBlock", "text": "${name}", "label": "Name: ${name}"}""", new Person(hostile, false, 1));

        assertThat(card.path("type").textValue()).isEqualTo("TextBlock");
        assertThat(card.path("text").textValue())
                .as("the same text, its address no link")
                .isEqualTo(hostile.replace("https:", "https\u200B:"));
        assertThat(card.path("label").textValue()).isEqualTo("Name: " + hostile);
        assertThat(card.has("url")).isFalse();
        assertThat(new ObjectMapper().readTree(card.toString())).isEqualTo(card);
    }

    @Test
    @DisplayName(
            "A Markdown link in data shows as its text in a TextBlock and in facts; inputs and choices keep the value as given")
    void linksInDataAreNotLinks() {
        String phishing = "[Approve here](https://evil.example/approve) and [also][1]";
        String broken = "[Approve here]\u200B(https\u200B://evil.example/approve) and [also]\u200B[1]";

        JsonNode card = bind("""
                {"body": [
                  {"type": "TextBlock", "text": "${name}"},
                  {"type": "TextBlock", "text": "Reason: ${name}"},
                  {"type": "FactSet", "facts": [{"title": "${name}", "value": "${name}"}]},
                  {"type": "Input.Text", "id": "reason", "label": "${name}", "value": "${name}"},
                  {"type": "Input.ChoiceSet", "id": "pick", "choices": [{"title": "${name}", "value": "${name}"}]},
                  {"type": "Action.Submit", "title": "Go", "data": {"text": "${name}"}}
                ]}""", new Person(phishing, false, 1));

        JsonNode body = card.path("body");
        assertThat(body.get(0).path("text").textValue()).isEqualTo(broken);
        assertThat(body.get(1).path("text").textValue()).isEqualTo("Reason: " + broken);
        assertThat(body.get(2).path("facts").get(0).path("title").textValue()).isEqualTo(broken);
        assertThat(body.get(2).path("facts").get(0).path("value").textValue()).isEqualTo(broken);
        assertThat(body.get(3).path("value").textValue()).isEqualTo(phishing);
        assertThat(body.get(4).path("choices").get(0).path("value").textValue()).isEqualTo(phishing);
        assertThat(body.get(5).path("data").path("text").textValue()).isEqualTo(phishing);
        assertThat(bind("""
                {"type": "TextBlock", "text": "a] (b) [c] d, [e]"}""", new Person("x", false, 1)).path("text").textValue())
                .as("brackets that make no link are left alone")
                .isEqualTo("a] (b) [c] d, [e]");
    }

    @Test
    @DisplayName("autolinks and bare addresses in data are not links: <https://…>, <someone@…>, https://…, www.…")
    void autolinksInDataAreNotLinks() {
        String hostile =
                "See <https://evil.example/approve> or <boss@evil.example>, https://evil.example and www.evil.example; a < b";

        String text = bind("""
                {"type": "TextBlock", "text": "${name}"}""", new Person(hostile, false, 1)).path("text").textValue();

        assertThat(text)
                .isEqualTo("See <\u200Bhttps\u200B://evil.example/approve> or <\u200Bboss@evil.example>, "
                        + "https\u200B://evil.example and www\u200B.evil.example; a < b");
        assertThat(text.replace("\u200B", "")).as("reads the same").isEqualTo(hostile);
    }

    @Test
    @DisplayName("The text root 't' is reserved: data with a field t is refused")
    void textRootIsReserved() {
        assertThatThrownBy(() -> bind("{\"a\": \"${t.common.next}\"}", Map.of("t", "mine")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'");
    }

    @Test
    @DisplayName("A named template is read once and shared")
    void namedTemplatesAreCached() {
        assertThat(CardTemplate.named("welcome")).isSameAs(CardTemplate.named("welcome"));
        assertThatThrownBy(() -> CardTemplate.named("no-such-card")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardTemplate.named("../i18n/messages_en"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("The template is not changed by binding: two bindings give independent cards")
    void bindingLeavesTemplateAlone() {
        CardTemplate template = CardTemplate.parse("test", """
                {"body": [{"$data": "${people}", "text": "${name}"}]}""");

        JsonNode first = template.bind(Map.of("people", List.of(Map.of("name", "A"))), ENGLISH)
                .content();
        JsonNode second = template.bind(Map.of("people", List.of(Map.of("name", "B"), Map.of("name", "C"))), ENGLISH)
                .content();

        assertThat(first.path("body")).hasSize(1);
        assertThat(second.at("/body/1/text").textValue()).isEqualTo("C");
    }

    @Test
    @DisplayName("The welcome card shows a line for a message it did not understand, and the buttons' data")
    void welcomeCard() {
        JsonNode plain = WelcomeCard.render(ENGLISH, WelcomeCard.Audience.ADMINISTRATOR, Optional.empty())
                .content();
        JsonNode unknown = WelcomeCard.render(
                        DUTCH, WelcomeCard.Audience.ADMINISTRATOR, Optional.of("${t.welcome.title} doe iets"))
                .content();

        assertThat(plain.path("body").get(0).path("text").textValue()).isEqualTo(ENGLISH.get("welcome.title"));
        assertThat(unknown.path("body").get(0).path("text").textValue())
                .isEqualTo("Ik begreep \"${t.welcome.title} doe iets\" niet. Dit kan ik doen:");
        assertThat(plain.path("actions")).hasSize(3);
        assertThat(plain.at("/actions/0/type").textValue()).isEqualTo("Action.Submit");
        assertThat(plain.at("/actions/0/data/action").textValue()).isEqualTo("create");
        assertThat(plain.at("/actions/1/data/action").textValue()).isEqualTo("list");
        assertThat(plain.at("/actions/2/data/action").textValue()).isEqualTo("request");
        assertThat(plain.path("version").textValue()).isEqualTo("1.5");
    }

    @Test
    @DisplayName("The welcome card offers administrators what they may change, staff what they may ask for, and"
            + " lists every question the bot answers")
    void welcomeCardByRole() {
        JsonNode admin = WelcomeCard.render(ENGLISH, WelcomeCard.Audience.ADMINISTRATOR, Optional.empty())
                .content();
        JsonNode staff = WelcomeCard.render(DUTCH, WelcomeCard.Audience.STAFF, Optional.empty())
                .content();

        String adminText = String.join("\n", admin.findValuesAsText("text"));
        String staffText = String.join("\n", staff.findValuesAsText("text")) + "\n"
                + String.join("\n", staff.findValuesAsText("title"));
        assertThat(adminText)
                .contains(ENGLISH.get("welcome.can.create"), ENGLISH.get("welcome.can.decide"))
                .doesNotContain(ENGLISH.get("welcome.can.requestNew"));
        assertThat(staffText)
                .contains(DUTCH.get("welcome.can.requestNew"), DUTCH.get("welcome.can.requestAccess"))
                .doesNotContain(DUTCH.get("welcome.can.create"), DUTCH.get("welcome.action.create"));
        assertThat(staff.path("actions"))
                .extracting(action -> action.path("data").path("action").asText())
                .containsExactly("request", "request.new");
        for (var topic : io.postkamer.cards.manage.GuidanceCard.Topic.values()) {
            assertThat(adminText).contains(topic.question(ENGLISH));
            assertThat(staffText).contains(topic.question(DUTCH));
        }
    }
}
