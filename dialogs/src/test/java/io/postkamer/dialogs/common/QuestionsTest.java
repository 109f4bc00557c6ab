package io.postkamer.dialogs.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.cards.manage.GuidanceCard.Topic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article's questions, as people ask them in English and Dutch, each answered by its guidance card. */
class QuestionsTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            which permission should I use?                              | PERMISSIONS
            welke machtiging moet ik geven?                             | PERMISSIONS
            shared mailbox or group?                                    | GROUP_OR_MAILBOX
            gedeeld postvak of groep?                                   | GROUP_OR_MAILBOX
            how do I open it on my phone?                               | MOBILE
            hoe open ik het op mijn telefoon?                           | MOBILE
            why don't I see the shared mailbox in Outlook?              | NOT_IN_OUTLOOK
            waarom zie ik het gedeelde postvak niet in Outlook?         | NOT_IN_OUTLOOK
            what is automapping?                                        | AUTOMAPPING
            wat is automatisch toewijzen?                               | AUTOMAPPING
            does a shared mailbox need a licence?                       | LICENCE
            does it need a license?                                     | LICENCE
            heeft een gedeeld postvak een licentie nodig?               | LICENCE
            can I migrate a shared mailbox to a group?                  | MIGRATION
            kan ik een gedeeld postvak migreren?                        | MIGRATION
            we are hybrid, can we use this?                             | HYBRID
            wij hebben Exchange on-premises, kan dat?                   | HYBRID
            we werken hybride, wat nu?                                  | HYBRID
            """)
    void eachQuestionHasItsAnswer(String question, Topic topic) {
        assertThat(Intents.guidance(question)).contains(topic);
    }
}
