package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;

import io.postkamer.dialogs.testing.Chat;
import java.util.Map;

/** Flip asks for Send on Behalf on Ontvangstgebouw 32 to cover for a colleague; Pieter, its owner, approves. */
final class CoverRequest {
    private CoverRequest() {}

    /** Flip's request; {@code until} is an end date (yyyy-MM-dd) or empty for none. */
    static void ask(Chat flip, String until) {
        flip.say("request access");
        flip.press(
                "request.submit",
                Map.of(
                        "mailbox",
                        RECEPTIE32,
                        "fullAccess",
                        "false",
                        "sendAs",
                        "false",
                        "sendOnBehalf",
                        "true",
                        "reason",
                        "Cover in December",
                        "until",
                        until));
    }

    /** Pieter presses Approve on the first card the bot sent him. */
    static void approve(Chat pieter, RecordingMessenger messenger) {
        pieter.invoke(
                "request.approve", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
    }
}
