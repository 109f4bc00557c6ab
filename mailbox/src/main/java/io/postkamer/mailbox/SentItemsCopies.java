package io.postkamer.mailbox;

/**
 * Whether mail a member sends as the mailbox ({@code sentAs}) or on its behalf ({@code sentOnBehalf}) is also kept
 * in the mailbox's own Sent Items (Exchange's {@code MessageCopyForSentAsEnabled} and
 * {@code MessageCopyForSendOnBehalfEnabled}). Without it the mail lands only in the member's own Sent Items, so
 * colleagues do not see it was answered. Exchange makes new mailboxes without either.
 */
public record SentItemsCopies(boolean sentAs, boolean sentOnBehalf) {
    /** Neither kept: what Exchange gives a new mailbox. */
    public static final SentItemsCopies NONE = new SentItemsCopies(false, false);

    /** Both kept: what the bot proposes for a shared mailbox. */
    public static final SentItemsCopies BOTH = new SentItemsCopies(true, true);

    /** Both kept, or neither: the one switch the cards offer. */
    public static SentItemsCopies of(boolean kept) {
        return kept ? BOTH : NONE;
    }

    public boolean all() {
        return sentAs && sentOnBehalf;
    }

    public boolean any() {
        return sentAs || sentOnBehalf;
    }
}
