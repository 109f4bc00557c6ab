package io.postkamer.mailbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a person typed to find a shared mailbox, as it may be asked of the tenant: the start of a name, an alias or an
 * address. Text no name, alias or address can start with (characters names do not have, control and direction
 * characters, nothing but punctuation, an address on a domain the organisation does not accept) finds nothing, and
 * is never sent anywhere. Both services apply the same rule.
 */
public final class MailboxSearchText {
    /** Longer than any name or address needs to be typed to be found. */
    public static final int MAX_LENGTH = 64;
    /** Letters, marks and digits of any script, blanks, and the punctuation names and addresses have. */
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} .\\-_'&+()/,:@]+");

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{Nd}].*");

    private MailboxSearchText() {}

    /**
     * The text to search for, cut to {@link #MAX_LENGTH}, or empty when it cannot find a shared mailbox. The accepted
     * domains are asked for only when the text has an {@code @}.
     */
    public static Optional<String> of(String typed, Supplier<List<AcceptedDomain>> domains) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).strip();
        }
        if (text.isEmpty()
                || !NAME_CHARACTERS.matcher(text).matches()
                || !LETTER_OR_DIGIT.matcher(text).matches()) {
            return Optional.empty();
        }
        int at = text.indexOf('@');
        if (at >= 0) {
            String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
            if (text.indexOf('@', at + 1) >= 0
                    || domains.get().stream().noneMatch(d -> d.name().startsWith(domain))) {
                return Optional.empty();
            }
        }
        return Optional.of(text);
    }
}
