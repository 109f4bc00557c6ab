package io.postkamer.dialogs.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewIntentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            review access of Ontvangstgebouw 32          | one  | Ontvangstgebouw 32
            Review access to "Facturen".                 | one  | Facturen
            review who has access to info@contoso.com    | one  | info@contoso.com
            start a review of Marketing                  | one  | Marketing
            toegang beoordelen van Facturen              | one  | Facturen
            beoordeel de toegang tot Ontvangstgebouw 32  | one  | Ontvangstgebouw 32
            toegang van Facturen beoordelen              | one  | Facturen
            review all shared mailboxes                  | all  |
            please review all mailboxes                  | all  |
            Alle gedeelde postvakken beoordelen          | all  |
            beoordeel alle gedeelde postvakken           | all  |
            reviews                                      | list |
            access reviews                               | list |
            Beoordelingen                                | list |
            review                                       | none |
            I reviewed the mailbox                       | none |
            request access                               | none |
            """)
    @DisplayName("review commands in English and Dutch: one mailbox, all, the list; other text is not theirs")
    void understood(String text, String kind, String mailbox) {
        assertThat(ReviewIntents.any(text)).isEqualTo(!kind.equals("none"));
        assertThat(ReviewIntents.reviewAll(text)).isEqualTo(kind.equals("all"));
        assertThat(ReviewIntents.isList(text)).isEqualTo(kind.equals("list"));
        assertThat(ReviewIntents.reviewOf(text))
                .isEqualTo(kind.equals("one") ? Optional.of(mailbox) : Optional.empty());
    }
}
