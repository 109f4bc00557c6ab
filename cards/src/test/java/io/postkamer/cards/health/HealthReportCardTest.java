package io.postkamer.cards.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.Person;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the report card says of its freshness, its counts and its first rows, in the reader's language. */
class HealthReportCardTest {
    private static final Texts ENGLISH = Texts.forLocale("en-GB");
    private static final Texts DUTCH = Texts.forLocale("nl-NL");
    private static final Instant MADE = Instant.parse("2026-12-07T09:00:00Z");

    private static HealthReport report(int signInAllowed, int checked) {
        List<Concern> concerns = new ArrayList<>();
        for (int i = 0; i < signInAllowed; i++) {
            concerns.add(new Concern(
                    new MailboxEntry("id-" + i, "Postvak " + i, "postvak" + i, "postvak" + i + "@contoso.com"),
                    new MailboxStorage(1_000, false, false),
                    List.of(),
                    List.of()));
        }
        return new HealthReport(
                MADE, checked, List.of(), Map.of(FindingKind.SIGN_IN_ENABLED, concerns), LicencePrices.none());
    }

    private static String text(JsonNode card) {
        List<String> texts = new ArrayList<>();
        card.findValues("text").forEach(value -> texts.add(value.asText()));
        card.findValues("title").forEach(value -> texts.add(value.asText()));
        return String.join("\n", texts);
    }

    @Test
    @DisplayName("how fresh the report is, to the minute within the hour, in English and Dutch")
    void freshness() {
        assertThat(text(HealthReportCard.render(ENGLISH, report(0, 2_000), MADE.plusSeconds(20), Optional.empty())
                        .content()))
                .contains("Made just now; 2,000 shared mailboxes checked.");
        assertThat(text(HealthReportCard.render(
                                ENGLISH, report(0, 4), MADE.plus(Duration.ofMinutes(3)), Optional.empty())
                        .content()))
                .contains("Made 3 minutes ago");
        assertThat(text(HealthReportCard.render(
                                DUTCH, report(0, 2_000), MADE.plus(Duration.ofMinutes(1)), Optional.empty())
                        .content()))
                .contains("Gemaakt 1 minuut geleden; 2.000 gedeelde postvakken nagekeken.");
        assertThat(text(HealthReportCard.render(DUTCH, report(0, 4), MADE.plus(Duration.ofHours(5)), Optional.empty())
                        .content()))
                .contains("Gemaakt 5 uur geleden");
    }

    @Test
    @DisplayName("a finding of many shows its count, its first three rows, how many more and a way to all of them")
    void manyRowsShowTheFirstThree() {
        JsonNode card = HealthReportCard.render(ENGLISH, report(40, 40), MADE, Optional.empty())
                .content();

        assertThat(text(card))
                .contains(
                        "Sign-in allowed (40)",
                        "Postvak 0",
                        "Postvak 2",
                        "And 37 more.",
                        "Show all 40",
                        "Block sign-in for all 40")
                .doesNotContain("Postvak 3\n");
        assertThat(card.findParents("verb").stream()
                        .filter(action -> action.path("verb").asText().equals("health.block")))
                .hasSize(3);
        assertThat(card.findParents("verb").stream()
                        .filter(action -> action.path("verb").asText().equals("health.blockAll"))
                        .map(action -> action.path("data").path("report").asText()))
                .as("block all names the report it was shown on")
                .containsExactly(Long.toString(MADE.toEpochMilli()));
    }

    @Test
    @DisplayName("nothing found: every count is 0 and the report says there is nothing to fix")
    void allClear() {
        JsonNode card = HealthReportCard.render(ENGLISH, report(0, 4), MADE, Optional.empty())
                .content();

        assertThat(text(card)).contains("Nothing to fix").doesNotContain("Block sign-in");
        assertThat(card.findValues("value"))
                .allSatisfy(count -> assertThat(count.asText()).isEqualTo("0"));
    }

    @Test
    @DisplayName("a finding's pages: ten rows each, the next page offered until the last")
    void findingPages() {
        HealthReport report = report(25, 25);

        String first = text(HealthFindingCard.render(ENGLISH, report, FindingKind.SIGN_IN_ENABLED, 0, MADE)
                .content());
        String last = text(HealthFindingCard.render(ENGLISH, report, FindingKind.SIGN_IN_ENABLED, 2, MADE)
                .content());

        assertThat(first).contains("Postvak 9", "Page 1 of 3", "Next page").doesNotContain("Postvak 10");
        assertThat(last).contains("Postvak 24", "Page 3 of 3").doesNotContain("Next page", "Postvak 19");
    }

    @Test
    @DisplayName("the report posted on its own says so in its title, how often in plain words, and of which period,"
            + " above the usual freshness line and the same buttons")
    void scheduled() {
        String weekly = text(HealthReportCard.scheduled(
                        ENGLISH, report(2, 4), MADE.plusSeconds(20), Period.parse("P7D"), LocalDate.of(2026, 12, 3))
                .content());
        String wekelijks = text(HealthReportCard.scheduled(
                        DUTCH, report(2, 4), MADE.plusSeconds(20), Period.ofWeeks(1), LocalDate.of(2026, 12, 3))
                .content());

        assertThat(weekly)
                .contains(
                        "Weekly health report",
                        "Posted by Postkamer on its own, for the period from Dec 3, 2026.",
                        "Made just now; 4 shared mailboxes checked.",
                        "Block sign-in for all 2")
                .doesNotContain("Health of the shared mailboxes");
        assertThat(wekelijks)
                .contains(
                        "Wekelijks gezondheidsrapport",
                        "Vanzelf geplaatst door Postkamer, voor de periode vanaf 3 dec. 2026.",
                        "Gemaakt zojuist; 4 gedeelde postvakken nagekeken.")
                .doesNotContain("Weekly", "health", "Posted");
        assertThat(HealthReportCard.title(ENGLISH, Period.ofMonths(1))).isEqualTo("Monthly health report");
        assertThat(HealthReportCard.title(DUTCH, Period.ofMonths(3))).isEqualTo("Driemaandelijks gezondheidsrapport");
        assertThat(HealthReportCard.title(ENGLISH, Period.ofDays(10))).isEqualTo("Health report, every 10 days");
        assertThat(HealthReportCard.title(DUTCH, Period.ofMonths(6))).isEqualTo("Gezondheidsrapport, elke 6 maanden");
        assertThat(text(HealthReportCard.render(ENGLISH, report(0, 4), MADE, Optional.empty())
                        .content()))
                .as("asked for, the report keeps its own title")
                .contains("Health of the shared mailboxes")
                .doesNotContain("Posted by Postkamer");
    }

    @Test
    @DisplayName("a mailbox without owners has its own people picker and a Set owners button that sends it; owners"
            + " whose accounts are disabled are said to be so, in English and Dutch")
    void ownersPickedOnTheRow() {
        MailboxEntry facturen = new MailboxEntry("f1", "Facturen", "facturen", "facturen@contoso.com");
        MailboxEntry receptie = new MailboxEntry("r1", "Ontvangstgebouw 32", "receptie32", "receptie32@contoso.com");
        MailboxStorage small = new MailboxStorage(1_000, false, false);
        HealthReport report = new HealthReport(
                MADE,
                2,
                List.of(),
                Map.of(
                        FindingKind.NO_OWNER,
                        List.of(
                                new Concern(facturen, small, List.of(), List.of()),
                                new Concern(receptie, small, List.of(), List.of(), true))),
                LicencePrices.none(),
                List.of(new Person(
                        "l1", "Lotte de Vries", "lotte.devries@contoso.com", "lotte.devries@contoso.com", "", "")));

        JsonNode card =
                HealthReportCard.render(ENGLISH, report, MADE, Optional.empty()).content();

        assertThat(card.findParents("choices.data").stream()
                        .map(picker -> picker.path("id").asText()))
                .containsExactly("owners.f1", "owners.r1");
        assertThat(card.findValues("dataset"))
                .allSatisfy(dataset -> assertThat(dataset.asText()).isEqualTo("postkamer.people"));
        assertThat(card.findParents("verb").stream()
                        .filter(action -> action.path("verb").asText().equals("health.setOwners")))
                .extracting(
                        action -> action.path("data").path("mailbox").asText(),
                        action -> action.path("associatedInputs").asText())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("f1", "auto"),
                        org.assertj.core.groups.Tuple.tuple("r1", "auto"));
        assertThat(text(card))
                .contains("No owner (2)", "Set owners", "receptie32@contoso.com · its owners' accounts are disabled")
                .doesNotContain("facturen@contoso.com ·");
        assertThat(text(HealthReportCard.render(DUTCH, report, MADE, Optional.empty())
                        .content()))
                .contains(
                        "Geen eigenaar (2)",
                        "Eigenaren instellen",
                        "receptie32@contoso.com · de accounts van de eigenaren zijn uitgeschakeld");
    }
}
