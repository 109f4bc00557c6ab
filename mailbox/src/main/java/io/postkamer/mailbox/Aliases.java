package io.postkamer.mailbox;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Mailbox aliases (the part of the address before the @). Exchange accepts more characters than
 * these, but letters, digits, dots, hyphens and underscores are what every mail system and every
 * admin reads without surprise, and nothing else can be mistaken for command syntax.
 */
public final class Aliases {
    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9._-]+");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");

    private Aliases() {}

    public static boolean isValid(String alias) {
        return alias != null
                && alias.length() <= MAX_LENGTH
                && VALID.matcher(alias).matches();
    }

    /** Throws {@link MailboxException.InvalidInput} with {@link Problem#ALIAS_INVALID} unless valid. */
    public static String requireValid(String alias) {
        if (!isValid(alias)) {
            throw new MailboxException.InvalidInput(Problem.ALIAS_INVALID, String.valueOf(alias));
        }
        return alias;
    }

    /**
     * The alias the wizard proposes for a display name: lower case, diacritics folded ("Café Zuid" →
     * "cafe.zuid"), spaces become dots, other characters dropped. Empty when nothing usable is left
     * (a name of only symbols).
     */
    public static Optional<String> fromDisplayName(String displayName) {
        String folded = DIACRITICS
                .matcher(Normalizer.normalize(displayName.strip(), Normalizer.Form.NFD))
                .replaceAll("")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("ł", "l")
                .toLowerCase(Locale.ROOT);
        String dotted = NOT_ALLOWED.matcher(folded.replaceAll("\\s+", ".")).replaceAll("");
        String trimmed = DOTS.matcher(dotted).replaceAll(".").replaceAll("^[.]+|[.]+$", "");
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimmed.substring(0, MAX_LENGTH).replaceAll("[.]+$", "");
        }
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    /** {@code base}, or base2, base3 … : the first that {@code taken} does not reject. */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = Integer.toString(n);
            String head = base.length() + suffix.length() > MAX_LENGTH
                    ? base.substring(0, MAX_LENGTH - suffix.length())
                    : base;
            String candidate = head + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
