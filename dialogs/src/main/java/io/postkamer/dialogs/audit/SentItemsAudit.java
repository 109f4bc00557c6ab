package io.postkamer.dialogs.audit;

/**
 * How the audit keeps a change of a mailbox's Sent Items copies: a fixed English phrase per way, told as a sentence
 * in the reader's language by {@link AuditSentences}.
 */
public final class SentItemsAudit {
    static final String KEEP = "keep copies in sent items";
    static final String STOP = "stop copies in sent items";

    private SentItemsAudit() {}

    public static String action(boolean keep) {
        return keep ? KEEP : STOP;
    }

    /** The state before or after, as the audit's export shows it. */
    public static String state(boolean keep) {
        return keep ? "copies kept" : "copies not kept";
    }
}
