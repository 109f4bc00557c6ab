package io.postkamer.mailbox;

/**
 * The bot's personal chat with someone who never wrote to it. In Teams a bot can only start a chat
 * with a person who has its app, so the app is installed for them first (nothing happens when they
 * have it already); the chat that comes with the installation is where the bot writes.
 */
public interface PersonalChats {
    /**
     * The person's personal chat with the bot, installing the app for them when needed.
     *
     * @throws MailboxException.NotFound for an unknown person; other {@link MailboxException}s when the
     *                                   directory or Teams refuses
     */
    PersonalChat open(String personId);

    /** Nobody can be reached this way (a tenant without the Teams app's catalog entry). */
    static PersonalChats none() {
        return personId -> {
            throw new MailboxException.InvalidInput(Problem.PERSONAL_CHAT_UNAVAILABLE, personId);
        };
    }
}
