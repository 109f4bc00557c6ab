package io.postkamer.bot.wiring;

import java.util.Locale;

/**
 * Which tenant the bot works on ({@code postkamer.backend}): the embedded demo tenant, or a real
 * Microsoft 365 tenant through Graph and the Exchange Online admin API.
 */
public enum Backend {
    DEMO,
    MICROSOFT365;

    public static Backend parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "demo" -> DEMO;
            case "microsoft365" -> MICROSOFT365;
            default ->
                throw new IllegalStateException(
                        "postkamer.backend must be 'demo' or 'microsoft365', not '" + value + "'");
        };
    }
}
