package io.postkamer.bot.storage;

/** Bot state could not be read, written or deleted. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
