package io.postkamer.bot.storage;

/**
 * A write carried an eTag that no longer matches the stored item: someone else changed or deleted
 * it since it was read. Nothing was written.
 */
public class ETagConflictException extends StorageException {

    private final String key;

    public ETagConflictException(String key, String expectedETag) {
        super("eTag conflict on state '" + key + "': it was written with eTag '" + expectedETag
                + "' but the stored item has changed or been deleted since; nothing was written");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
