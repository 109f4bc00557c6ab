package io.postkamer.dialogs.reviews;

import io.postkamer.dialogs.common.TypedText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What people type to start, list or open access reviews, in English and Dutch. */
final class ReviewIntents {
    private static final Pattern ALL = Pattern.compile(
            "^(?:please\\s+)?(?:review|start an? (?:access )?review of) (?:the )?(?:access (?:of|to) )?all(?: the)?"
                    + " (?:shared )?mailboxes$"
                    + "|^(?:alle (?:gedeelde )?postvakken beoordelen|beoordeel alle (?:gedeelde )?postvakken"
                    + "|toegang (?:tot|van) alle (?:gedeelde )?postvakken beoordelen)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ONE = Pattern.compile(
            "^(?:please\\s+)?(?:review (?:the )?access (?:of|to)|review who (?:can use|has access to)"
                    + "|start an? (?:access )?review of) (.+)$"
                    + "|^(?:toegang (?:beoordelen )?(?:van|tot)|beoordeel (?:de )?toegang (?:van|tot)) (.+?)(?: beoordelen)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST = Pattern.compile(
            "^(?:(?:access )?reviews|show (?:the )?(?:access )?reviews|(?:toegangs)?beoordelingen)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReviewIntents() {}

    static boolean any(String text) {
        return reviewAll(text) || reviewOf(text).isPresent() || isList(text);
    }

    static boolean reviewAll(String text) {
        return ALL.matcher(TypedText.normal(text)).matches();
    }

    /** The mailbox named in "review access of …" / "toegang beoordelen van …". */
    static Optional<String> reviewOf(String text) {
        if (reviewAll(text)) {
            return Optional.empty();
        }
        Matcher matcher = ONE.matcher(TypedText.normal(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String named = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return Optional.of(TypedText.unquote(named)).filter(name -> !name.isEmpty());
    }

    static boolean isList(String text) {
        return LIST.matcher(TypedText.normal(text)).matches();
    }
}
