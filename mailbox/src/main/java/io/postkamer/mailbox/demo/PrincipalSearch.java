package io.postkamer.mailbox.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prefix matching as the people picker needs it: a prefix of any word of the display name ("vri" finds
 * Lotte de Vries), of the whole display name, of the mail address or of the user principal name;
 * ignoring case and diacritics ("zoe" finds Zoë).
 */
final class PrincipalSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

    private final String prefix;

    PrincipalSearch(String prefix) {
        this.prefix = fold(prefix.strip());
    }

    boolean isEmpty() {
        return prefix.isEmpty();
    }

    boolean matches(String displayName, String... addresses) {
        String name = fold(displayName);
        if (name.startsWith(prefix) || Stream.of(WORD_BREAK.split(name)).anyMatch(w -> w.startsWith(prefix))) {
            return true;
        }
        return Stream.of(addresses).filter(a -> a != null).map(PrincipalSearch::fold).anyMatch(a -> a.startsWith(prefix));
    }

    /** Lower case without diacritics: the form names are compared and sorted in. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
