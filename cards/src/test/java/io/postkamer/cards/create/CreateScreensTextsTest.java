package io.postkamer.cards.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.cards.Texts;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreateScreensTextsTest {
    private static final List<Texts> BOTH = List.of(Texts.forLocale("en-US"), Texts.forLocale("nl-NL"));
    private static final List<String> TEMPLATES = List.of(
            "create-name",
            "create-address",
            "create-confirm",
            "create-provisioning",
            "create-members",
            "create-group",
            "create-permissions",
            "create-results",
            "create-signin",
            "create-summary",
            "notice");

    @Test
    @DisplayName("Every Problem has a text in English and in Dutch")
    void everyProblemHasATextInBothLanguages() {
        for (Texts texts : BOTH) {
            for (Problem problem : Problem.values()) {
                assertThat(texts.has("problem." + problem.name()))
                        .as(problem + " in " + texts.locale())
                        .isTrue();
            }
        }
    }

    @Test
    @DisplayName("Every right has a name and a one-line explanation in English and in Dutch")
    void everyRightIsExplainedInBothLanguages() {
        for (Texts texts : BOTH) {
            for (Right right : Right.values()) {
                assertThat(texts.has("right." + right + ".name")).isTrue();
                assertThat(texts.has("right." + right + ".explained")).isTrue();
            }
        }
    }

    @Test
    @DisplayName("Every text a create-mailbox template names exists in both languages")
    void everyTemplateTextExists() throws IOException {
        Pattern textReference = Pattern.compile("\\$\\{t\\.([A-Za-z0-9_.]+)}");
        for (String template : TEMPLATES) {
            try (InputStream in = getClass().getResourceAsStream("/cards/" + template + ".json")) {
                Matcher matcher = textReference.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    for (Texts texts : BOTH) {
                        assertThat(texts.has(matcher.group(1)))
                                .as(template + ": " + matcher.group(1))
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("No placeholder is left unbound on any create-mailbox card")
    void cardsAreFullyBound() {
        Texts nl = Texts.forLocale("nl");
        List<String> cards = new ArrayList<>();
        cards.add(NameCard.render(nl, "t1", "", Optional.of("fout")).content().toString());
        cards.add(AddressCard.render(
                        nl,
                        "t1",
                        "Afdeling Marketing",
                        "marketing",
                        "contoso.com",
                        List.of("contoso.com", "contoso.nl"),
                        Optional.empty())
                .content()
                .toString());
        cards.add(ConfirmCard.render(nl, "t1", "Afdeling Marketing", "marketing@contoso.com")
                .content()
                .toString());
        cards.add(
                ProvisioningCard.render(nl, "t1", "Afdeling Marketing", "marketing@contoso.com", 2, List.of("29:megan"))
                        .content()
                        .toString());
        cards.add(MembersCard.render(
                        nl,
                        "t1",
                        "Afdeling Marketing",
                        List.of(new MembersCard.Choice("Flip", "flip-id")),
                        List.of("flip-id"),
                        Optional.empty())
                .content()
                .toString());
        cards.add(GroupWarningCard.render(nl, "t1", "Marketing Team", io.postkamer.mailbox.Group.Kind.SECURITY, 2)
                .content()
                .toString());
        cards.add(PermissionsCard.render(
                        nl, "t1", List.of(new PermissionsCard.MemberRights("Flip", true, true, true, false)), true)
                .content()
                .toString());
        cards.add(ResultsCard.render(
                        nl,
                        "t1",
                        List.of(new ResultsCard.Line("Flip", Right.SEND_AS, ResultsCard.Outcome.FAILED, "Te druk")))
                .content()
                .toString());
        cards.add(SignInCard.render(nl, "t1", false, Optional.empty()).content().toString());
        cards.add(SummaryCard.render(
                        nl,
                        "a1",
                        "Afdeling Marketing",
                        "marketing@contoso.com",
                        List.of(
                                new SummaryCard.Member(
                                        "Flip", List.of(Right.FULL_ACCESS, Right.SEND_AS), AutoMapping.ON),
                                new SummaryCard.Member("Ger", List.of(Right.FULL_ACCESS), AutoMapping.UNKNOWN)),
                        true)
                .content()
                .toString());
        cards.add(NoticeCard.render(nl, NoticeCard.Tone.WARNING, "Titel", List.of("Regel"))
                .content()
                .toString());
        for (String card : cards) {
            assertThat(card).doesNotContain("${", "$data", "$when").contains("\"version\":\"1.5\"");
            assertThat(card.getBytes(StandardCharsets.UTF_8).length).isLessThan(28_000);
        }
        assertThat(cards.get(6))
                .contains("\"id\":\"m0.fullAccess\"", "\"value\":\"true\"", "verborgen in de adreslijsten");
        assertThat(cards.get(7)).contains("Flip: Verzenden als mislukt. Te druk", "\"verb\":\"retry\"");
    }
}
