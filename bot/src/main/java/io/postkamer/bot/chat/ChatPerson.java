package io.postkamer.bot.chat;

/**
 * Someone the chat page lets you be.
 *
 * @param id the Entra object id, sent as {@code from.id} and {@code from.aadObjectId}
 * @param role {@code GLOBAL_ADMINISTRATOR}, {@code EXCHANGE_ADMINISTRATOR} or {@code USER}
 * @param roleLabel the role in English; the page shows its own translation of {@code role}
 */
public record ChatPerson(String id, String displayName, String jobTitle, String role, String roleLabel) {
}
