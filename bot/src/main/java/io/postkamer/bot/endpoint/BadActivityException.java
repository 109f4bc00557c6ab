package io.postkamer.bot.endpoint;

/** A request body that is not an activity the bot can handle; the reason goes back to the caller. */
public class BadActivityException extends RuntimeException {
    private final int status;

    public BadActivityException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
