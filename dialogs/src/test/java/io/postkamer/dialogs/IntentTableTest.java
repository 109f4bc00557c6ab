package io.postkamer.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.MemoryStorage;
import io.postkamer.cards.Verb;
import io.postkamer.dialogs.common.IntentTable;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.mailbox.demo.DemoTenant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What answers what, read as the table it is: the input, whether a flow waits for its step, and who answers. */
class IntentTableTest {
    private final IntentTable table =
            BotUnderTest.over(DemoTenant.contoso(), new MemoryStorage()).intentTable();

    @ParameterizedTest(name = "{0}, {1} → {2}")
    @DisplayName("each input is answered by the first row of the intent table that matches it")
    @CsvSource(delimiter = '|', textBlock = """
            typed create a shared mailbox                 | no flow   | create a shared mailbox
            typed maak een gedeeld postvak Sales          | in a flow | create a shared mailbox
            pressed create                                | in a flow | create a shared mailbox
            pressed create on step-3                      | in a flow | the flow under way
            pressed request.fulfil                        | no flow   | fulfil a new-mailbox request
            pressed request.approve                       | in a flow | a request's buttons
            pressed manage.addMembers                     | in a flow | a mailbox's buttons
            pressed manage.revokeAll                      | no flow   | a mailbox's buttons
            pressed manage.revokeall                      | no flow   | a button no flow waits for
            pressed manage.revokeall                      | in a flow | the flow under way
            typed show shared mailboxes                   | in a flow | shared mailboxes by name
            typed my requests                             | in a flow | requests and approvals
            typed request #4                              | in a flow | requests and approvals
            typed aanvraag 4                              | no flow   | requests and approvals
            pressed request.reassign                      | in a flow | a request's buttons
            typed help                                    | in a flow | help
            typed Help!                                   | no flow   | help
            typed Telefoon Centrale                       | in a flow | the flow under way
            typed which permission should I give?         | in a flow | a question with a question mark
            typed which permission should I give          | in a flow | the flow under way
            typed which permission should I give          | no flow   | a question
            typed continue with Marketing                 | no flow   | continue with a mailbox
            typed continue with Marketing                 | in a flow | the flow under way
            typed cancel                                  | in a flow | the flow under way
            typed cancel                                  | no flow   | anything else
            pressed next                                  | no flow   | a button no flow waits for
            pressed next on step-3                        | no flow   | an ended wizard's card
            pressed next on step-3                        | in a flow | the flow under way
            pressed manage.addMembers on step-3           | no flow   | a mailbox's buttons
            pressed next                                  | in a flow | the flow under way
            typed good morning                            | no flow   | anything else
            typed I need a new shared mailbox for the sales team | no flow | requests and approvals
            typed ik heb een nieuw gedeeld postvak nodig voor verkoop | in a flow | requests and approvals
            typed why don't I see the shared mailbox in Outlook? | in a flow | a question with a question mark
            typed does a shared mailbox need a licence    | no flow   | a question
            typed wat is automatisch toewijzen?           | in a flow | a question with a question mark
            typed we are hybrid                           | no flow   | a question
            pressed request.new                           | in a flow | a request's buttons
            typed review access of Ontvangstgebouw 32     | no flow   | access reviews
            typed Review all shared mailboxes             | in a flow | access reviews
            typed toegang beoordelen van Facturen         | no flow   | access reviews
            typed alle gedeelde postvakken beoordelen     | in a flow | access reviews
            typed reviews                                 | no flow   | access reviews
            typed beoordelingen                           | no flow   | access reviews
            pressed review.decide                         | in a flow | an access review's buttons
            pressed review.complete                       | no flow   | an access review's buttons
            typed health report                           | no flow   | the health report
            typed show the health report                  | in a flow | the health report
            typed Shared mailbox health report.           | no flow   | the health report
            typed gezondheidsrapport                      | in a flow | the health report
            typed toon het gezondheidsrapport             | no flow   | the health report
            typed gezondheid van de gedeelde postvakken   | no flow   | the health report
            typed health of Facturen                      | no flow   | anything else
            pressed health.blockAll                       | in a flow | the health report's buttons
            pressed health.removePermission               | no flow   | the health report's buttons
            pressed health.removepermission               | no flow   | a button no flow waits for
            typed offboard flip.schoonen@contoso.com      | no flow   | offboarding
            typed Offboard Flip Schoonen                  | in a flow | offboarding
            typed offboard                                | no flow   | offboarding
            typed uitdienst flip.schoonen@contoso.com     | no flow   | offboarding
            typed uit dienst melden Flip Schoonen         | in a flow | offboarding
            typed meld Flip Schoonen uit dienst           | no flow   | offboarding
            typed offboarding is hard                     | no flow   | anything else
            pressed offboard.start                        | in a flow | an offboarding's buttons
            pressed offboard.resume                       | no flow   | an offboarding's buttons
            typed give Ger the same mailbox access as Flip | no flow  | copy mailbox access
            typed Give Ger Verbeek the same access as Flip Schoonen. | in a flow | copy mailbox access
            typed copy mailbox access from Flip to Ger    | no flow   | copy mailbox access
            typed copy Flip's mailbox access to Ger       | in a flow | copy mailbox access
            typed geef Ger dezelfde toegang als Flip      | no flow   | copy mailbox access
            typed geef Ger dezelfde postvaktoegang als Flip | in a flow | copy mailbox access
            typed kopieer de postvaktoegang van Flip naar Ger | no flow | copy mailbox access
            typed give Ger access                         | no flow   | anything else
            pressed copy.apply                            | in a flow | copying access's buttons
            pressed copy.show                             | no flow   | copying access's buttons
            pressed copy.Apply                            | no flow   | a button no flow waits for
            """)
    void firstMatchingRowAnswers(String input, String flow, String answeredBy) {
        assertThat(table.nameFor(input(input), flow.equals("in a flow"))).isEqualTo(answeredBy);
    }

    @Test
    @DisplayName("the table ends with a row that answers anything, so no input outside a flow goes unanswered")
    void lastRowAnswersAnything() {
        IntentTable.Row last = table.rows().get(table.rows().size() - 1);
        assertThat(last.when()).isEqualTo(IntentTable.When.OUTSIDE_A_FLOW);
        assertThat(last.matches().test(input("typed"))).isTrue();
        assertThat(last.matches().test(input("pressed anything"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Verb.class)
    @DisplayName("each verb a card can send has exactly one handler: one row of the table, or the wizard's flow")
    void everyVerbHasOneHandler(Verb verb) {
        UserInput pressed = input("pressed " + verb.id() + " on step-1");
        List<String> rows = table.rows().stream()
                .filter(row -> row.when() == IntentTable.When.FIRST)
                .filter(row -> row.matches().test(pressed))
                .map(IntentTable.Row::name)
                .toList();
        boolean wizardStep = verb.feature() == Verb.Feature.CREATE;
        if (wizardStep) {
            assertThat(rows)
                    .as("a wizard step's press goes to the flow under way")
                    .isEmpty();
            assertThat(table.nameFor(pressed, true)).isEqualTo(IntentTable.THE_FLOW_UNDER_WAY);
        } else {
            assertThat(rows).hasSize(1);
        }
    }

    /** "typed …" is text; "pressed verb" a card's button, "pressed verb on token" one of a wizard's step. */
    private static UserInput input(String described) {
        if (described.startsWith("typed")) {
            return new UserInput(
                    "",
                    "",
                    JsonNodeFactory.instance.objectNode(),
                    described.substring(5).strip(),
                    false);
        }
        String press = described.substring("pressed ".length());
        int on = press.indexOf(" on ");
        return new UserInput(
                on < 0 ? press : press.substring(0, on),
                on < 0 ? "" : press.substring(on + 4),
                JsonNodeFactory.instance.objectNode(),
                "",
                false);
    }
}
