package io.postkamer.dialogs.common;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person typed, made comparable: one rule for every intent, so "Help!", "help" and " help? " mean the same
 * to the wizard, the manage commands and the requests alike.
 */
public final class TypedText {
    /** Compiled once: every message goes through each intent. Punctuation alone ("?") is kept: it means help. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?<=[^\\s.!?])[.!?]+$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUOTES = Pattern.compile("^[\"'“”‘’]+|[\"'“”‘’.!?]+$");

    private TypedText() {}

    /** Without surrounding spaces and closing punctuation, with single spaces, in the case it was typed. */
    public static String normal(String text) {
        return TRAILING_PUNCTUATION
                .matcher(SPACES.matcher(text.strip()).replaceAll(" "))
                .replaceAll("");
    }

    /** {@link #normal} in lower case: for comparing with a list of words. */
    public static String folded(String text) {
        return normal(text).toLowerCase(Locale.ROOT);
    }

    /** A name as typed inside a command, without the quotes or closing punctuation around it. */
    public static String unquote(String name) {
        return QUOTES.matcher(name.strip()).replaceAll("").strip();
    }
}
