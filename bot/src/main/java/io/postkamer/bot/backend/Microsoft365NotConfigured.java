package io.postkamer.bot.backend;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The real tenant was chosen, but the bot was not told how to reach it, or was told something that cannot work. */
public class Microsoft365NotConfigured extends RuntimeException {
    private static final String PREFIX = "postkamer.microsoft365.";

    private Microsoft365NotConfigured(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Every setting that is missing, each with the environment variable that sets it; a setting that
     * may be given in more than one way is a list of its alternatives.
     */
    static Microsoft365NotConfigured missing(List<List<String>> settings) {
        return new Microsoft365NotConfigured(
                "postkamer.backend=microsoft365 needs "
                        + settings.stream()
                                .map(alternatives -> alternatives.stream()
                                                .map(property -> PREFIX + property)
                                                .collect(Collectors.joining(" or "))
                                        + " (environment: "
                                        + alternatives.stream()
                                                .map(Microsoft365NotConfigured::environmentName)
                                                .collect(Collectors.joining(" or "))
                                        + ")")
                                .collect(Collectors.joining(", ")),
                null);
    }

    /** A setting that is there but cannot work (an authority that is not https, a zero timeout). */
    static Microsoft365NotConfigured invalid(IllegalArgumentException refusal) {
        return new Microsoft365NotConfigured(
                "postkamer.microsoft365 settings cannot work: " + refusal.getMessage(), refusal);
    }

    private static String environmentName(String property) {
        return (PREFIX + property).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
