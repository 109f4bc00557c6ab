package io.postkamer.mailbox.demo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Prefix matching the way people type in a picker: any word of the display name, or the start of
 * the address, without regard to case or diacritics ("emil" finds "Émilie").
 */
final class PrefixMatch {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-()/,]+");

    private final String prefix;

    PrefixMatch(String prefix) {
        this.prefix = fold(prefix.strip());
    }

    boolean isEmpty() {
        return prefix.isEmpty();
    }

    boolean matchesName(String displayName) {
        String name = fold(displayName);
        return name.startsWith(prefix) || Arrays.stream(WORD_BREAK.split(name)).anyMatch(w -> w.startsWith(prefix));
    }

    boolean matchesAddress(String address) {
        return !address.isEmpty() && fold(address).startsWith(prefix);
    }

    static String fold(String text) {
        return DIACRITICS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
