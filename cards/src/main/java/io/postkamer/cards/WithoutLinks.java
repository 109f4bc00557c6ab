package io.postkamer.cards;

import java.util.regex.Pattern;

/**
 * Text from people (names, reasons, subjects) as a card's markdown shows it without links: a zero-width space is put
 * where a markdown link, an autolink or a bare address would join, so that nobody can make a card in someone else's
 * chat carry a link they did not choose. The text reads the same.
 */
final class WithoutLinks {
    /** A link's text meets its target as {@code ](} (inline) or {@code ][} (by reference), a reference its target as {@code ]:}. */
    private static final Pattern LINK_JOINT = Pattern.compile("\\](?=[(\\[:])");
    /** An autolink ({@code <https://…>}, {@code <someone@example.org>}) opens with {@code <} and a scheme or an address. */
    private static final Pattern AUTOLINK_OPENING = Pattern.compile("<(?=[A-Za-z][A-Za-z0-9+.-]{1,31}:|[^<>\\s@]+@)");
    /** A bare address that clients turn into a link by themselves: a scheme's colon, or {@code www.}. */
    private static final Pattern BARE_LINK = Pattern.compile("(?i)\\b(https?|ftp|mailto|tel|file):|\\b(www)\\.");

    private WithoutLinks() {}

    static String of(String text) {
        String unlinked =
                text.indexOf(']') < 0 ? text : LINK_JOINT.matcher(text).replaceAll("]\u200B");
        unlinked = unlinked.indexOf('<') < 0
                ? unlinked
                : AUTOLINK_OPENING.matcher(unlinked).replaceAll("<\u200B");
        return BARE_LINK
                .matcher(unlinked)
                .replaceAll(match -> match.group(1) != null ? match.group(1) + "\u200B:" : match.group(2) + "\u200B.");
    }
}
