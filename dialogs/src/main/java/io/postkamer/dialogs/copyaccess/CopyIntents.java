package io.postkamer.dialogs.copyaccess;

import io.postkamer.dialogs.common.TypedText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What typed text asks of copying access, in English and Dutch: who gets it, and whose access it is. */
final class CopyIntents {
    private static final String WHAT_EN = "(?:shared\\s+)?(?:mailbox\\s+)?(?:access|rights|permissions)";
    private static final String WHAT_NL = "(?:postvak)?(?:toegang|rechten|machtigingen)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> ASKED = List.of(
            Pattern.compile("^give\\s+(?<target>.+?)\\s+the\\s+same\\s+" + WHAT_EN + "\\s+as\\s+(?<source>.+)$", FLAGS),
            Pattern.compile(
                    "^copy\\s+(?:the\\s+)?" + WHAT_EN + "\\s+(?:of|from)\\s+(?<source>.+?)\\s+to\\s+(?<target>.+)$",
                    FLAGS),
            Pattern.compile("^copy\\s+(?<source>.+?)['’]s?\\s+" + WHAT_EN + "\\s+to\\s+(?<target>.+)$", FLAGS),
            Pattern.compile(
                    "^geef\\s+(?<target>.+?)\\s+dezelfde\\s+" + WHAT_NL + "(?:\\s+tot\\s+de\\s+postvakken)?\\s+als\\s+"
                            + "(?<source>.+)$",
                    FLAGS),
            Pattern.compile(
                    "^kopieer\\s+(?:de\\s+)?" + WHAT_NL + "\\s+van\\s+(?<source>.+?)\\s+naar\\s+(?<target>.+)$",
                    FLAGS));

    /** Who gets the access, and whose access it is, as typed. */
    record Asked(String target, String source) {}

    private CopyIntents() {}

    static Optional<Asked> of(String text) {
        String typed = TypedText.normal(text);
        for (Pattern pattern : ASKED) {
            Matcher matcher = pattern.matcher(typed);
            if (matcher.matches()) {
                String target = TypedText.unquote(matcher.group("target"));
                String source = TypedText.unquote(matcher.group("source"));
                if (!target.isEmpty() && !source.isEmpty()) {
                    return Optional.of(new Asked(target, source));
                }
            }
        }
        return Optional.empty();
    }
}
