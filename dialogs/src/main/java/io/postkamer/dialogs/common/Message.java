package io.postkamer.dialogs.common;

import io.postkamer.cards.Texts;
import io.postkamer.mailbox.MailboxException;
import java.util.List;

/** A text to show later, kept as its bundle key and arguments so it is shown in the reader's language. */
public record Message(String key, List<String> arguments) {
    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, String... arguments) {
        return new Message(key, List.of(arguments));
    }

    /** The {@code problem.<NAME>} text of a refusal. */
    public static Message of(MailboxException problem) {
        return new Message("problem." + problem.problem().name(), problem.arguments());
    }

    public String in(Texts texts) {
        return texts.get(key, arguments.toArray());
    }
}
