package io.postkamer.mailbox;

/**
 * What decides whether a shared mailbox still needs a licence: over 50 GB, an archive, or a
 * litigation hold.
 */
public record MailboxStorage(long totalBytes, boolean archiveEnabled, boolean litigationHoldEnabled) {
    public static final long FREE_LIMIT_BYTES = 50L * 1024 * 1024 * 1024;

    public boolean needsLicence() {
        return totalBytes > FREE_LIMIT_BYTES || archiveEnabled || litigationHoldEnabled;
    }
}
