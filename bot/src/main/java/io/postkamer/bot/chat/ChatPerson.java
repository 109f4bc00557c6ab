package io.postkamer.bot.chat;

/**
 * Someone the chat page lets you be.
 *
 * @param id the Entra object id, sent as {@code from.id} and {@code from.aadObjectId}
 * @param role a {@link Role} name; the page shows its own translation of it
 * @param roleLabel the role in English
 */
public record ChatPerson(String id, String displayName, String jobTitle, String role, String roleLabel) {

    /** What a person may do with shared mailboxes, most first. */
    public enum Role {
        GLOBAL_ADMINISTRATOR("Global Administrator"),
        EXCHANGE_ADMINISTRATOR("Exchange Administrator"),
        USER("User");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
