package io.postkamer.cards;

import io.postkamer.mailbox.SentItemsCopies;

/** Whether a mailbox keeps copies of what is sent as it or on its behalf, in the reader's words. */
public final class SentItemsWords {
    private SentItemsWords() {}

    public static String state(Texts texts, SentItemsCopies copies) {
        if (copies.all()) {
            return texts.get("sentItems.state.both");
        }
        if (copies.sentAs()) {
            return texts.get("sentItems.state.sentAs");
        }
        return texts.get(copies.sentOnBehalf() ? "sentItems.state.sentOnBehalf" : "sentItems.state.none");
    }
}
