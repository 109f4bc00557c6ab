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

    /**
     * The {@code problem.<NAME>} text of a refusal. A transient remote failure is told by what happened
     * (no answer, or the service unavailable), not by the transport's own words, which name Java
     * exceptions and internal URLs and say nothing to an administrator.
     */
    public static Message of(MailboxException problem) {
        if (problem instanceof MailboxException.RemoteFailure failure && failure.isTransient()) {
            String service = problem.arguments().get(0);
            return failure.httpStatus()
                    .map(status ->
                            new Message("problem.REMOTE_FAILURE.unavailable", List.of(service, status.toString())))
                    .orElseGet(() -> new Message("problem.REMOTE_FAILURE.noAnswer", List.of(service)));
        }
        return new Message("problem." + problem.problem().name(), problem.arguments());
    }

    public String in(Texts texts) {
        return texts.get(key, arguments.toArray());
    }
}
