package io.postkamer.mailbox;

import java.util.Objects;

/**
 * A personal chat between the bot and a person.
 *
 * @param chatId      the Teams chat id, used as the conversation id to write to
 * @param installedNow whether the app was installed for the person just now (else they had it)
 */
public record PersonalChat(String personId, String chatId, boolean installedNow) {
    public PersonalChat {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(chatId, "chatId");
    }
}
