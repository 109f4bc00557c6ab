package io.postkamer.bot.backend;

/** The Microsoft 365 backend was chosen but its {@code postkamer.microsoft365.*} settings cannot work. */
public class Microsoft365SettingsRefused extends RuntimeException {
    public Microsoft365SettingsRefused(String message) {
        super(message);
    }
}
