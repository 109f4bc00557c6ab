package io.postkamer.mailbox;

import java.util.Objects;

/**
 * A mailbox's automatic reply (Exchange's auto-reply configuration), for people inside and outside the organisation.
 * Exchange keeps the messages as HTML; what is compared is the text a reader sees, so a reply set again with the
 * same words is the same reply.
 */
public record AutomaticReply(boolean enabled, String internalMessage, String externalMessage) {
    /** Exchange refuses longer messages; a card's text box is given the same limit. */
    public static final int MAX_LENGTH = 8_000;

    public static final AutomaticReply OFF = new AutomaticReply(false, "", "");

    public AutomaticReply {
        Objects.requireNonNull(internalMessage, "internalMessage");
        Objects.requireNonNull(externalMessage, "externalMessage");
    }

    /** The same words inside and outside the organisation. */
    public static AutomaticReply saying(String message) {
        return new AutomaticReply(true, message, message);
    }

    /** Refuses an enabled reply without words, and words over Exchange's limit, before anything is written. */
    public AutomaticReply requireValid() {
        if (enabled
                && (plain(internalMessage).isEmpty()
                        || internalMessage.length() > MAX_LENGTH
                        || externalMessage.length() > MAX_LENGTH)) {
            throw new MailboxException.InvalidInput(Problem.AUTOMATIC_REPLY_INVALID, String.valueOf(MAX_LENGTH));
        }
        return this;
    }

    /** Whether a reader would see the same reply: on or off alike, and the same words where it is on. */
    public boolean sameAs(AutomaticReply other) {
        return enabled == other.enabled
                && (!enabled
                        || (plain(internalMessage).equals(plain(other.internalMessage))
                                && plain(externalMessage).equals(plain(other.externalMessage))));
    }

    /** The words without markup and with white space collapsed. */
    public static String plain(String message) {
        return message.replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
