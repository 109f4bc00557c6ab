package io.postkamer.dialogs.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIntentsTest {
    @ParameterizedTest(name = "{0} → #{1}")
    @DisplayName("a request is opened by its number, in English and Dutch, with or without #")
    @CsvSource(delimiter = '|', textBlock = """
            request 4                | 4
            request #4               | 4
            Request #12.             | 12
            open request 4           | 4
            show request no. 7       | 7
            request number 31        | 31
            aanvraag 4               | 4
            aanvraag #4              | 4
            Aanvraag nr. 9           | 9
            open aanvraag 5          | 5
            toon aanvraag nummer 6   | 6
            aanvraag 8 openen        | 8
            """)
    void requestByNumber(String typed, long number) {
        assertThat(RequestIntents.requestNumber(typed)).contains(number);
        assertThat(RequestIntents.any(typed)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("other texts with 'request' or 'aanvraag' are no request number")
    @ValueSource(
            strings = {
                "request access",
                "request 4 please now",
                "request four",
                "my requests",
                "aanvraag",
                "aanvragen 4",
                "request -4",
                "toegang aanvragen tot 4"
            })
    void notARequestNumber(String typed) {
        assertThat(RequestIntents.requestNumber(typed)).isEmpty();
    }
}
