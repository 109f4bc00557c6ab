package io.postkamer.bot.backend;

/** The real tenant was chosen, but the bot was not told how to reach it. */
public class Microsoft365NotConfigured extends RuntimeException {
    public Microsoft365NotConfigured(String property) {
        super("postkamer.backend=microsoft365 needs postkamer.microsoft365." + property
                + " (environment: POSTKAMER_MICROSOFT365_" + property.toUpperCase().replace('-', '_') + ")");
    }
}
