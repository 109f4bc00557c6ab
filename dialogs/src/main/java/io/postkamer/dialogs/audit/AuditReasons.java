package io.postkamer.dialogs.audit;

import io.postkamer.cards.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal's or failure's reason in the reader's language. The audit keeps reasons in English, for auditors
 * (they are the {@code problem.*} texts with their arguments filled in); told on a Dutch card, the English
 * sentence is read back to its text and arguments and said again in Dutch. A reason no text produced (a
 * notice's delivery detail) is shown as it was kept.
 */
final class AuditReasons {
    private static final Texts ENGLISH = Texts.forLocale("en");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final List<Template> TEMPLATES = templates();

    private AuditReasons() {}

    /** One English text of a problem, as a pattern whose groups are its arguments. */
    private record Template(String key, Pattern pattern, List<Integer> arguments) {}

    static String inWords(String reason, Texts texts) {
        if (reason.isBlank()
                || texts.locale().getLanguage().equals(ENGLISH.locale().getLanguage())) {
            return reason;
        }
        return readBack(reason).map(said -> said.in(texts)).orElse(reason);
    }

    /** The text a reason was written from ({@code problem.NOT_AUTHORISED}, …), if one was. */
    static Optional<String> keyOf(String reason) {
        return readBack(reason).map(Said::key);
    }

    private static Optional<Said> readBack(String reason) {
        for (Template template : TEMPLATES) {
            Matcher matcher = template.pattern().matcher(reason);
            if (matcher.matches()) {
                String[] arguments = new String
                        [template.arguments().stream()
                                .mapToInt(i -> i + 1)
                                .max()
                                .orElse(0)];
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    arguments[template.arguments().get(group - 1)] = matcher.group(group);
                }
                return Optional.of(new Said(
                        template.key(),
                        Arrays.stream(arguments).map(a -> a == null ? "" : a).toList()));
            }
        }
        return Optional.empty();
    }

    /** A text and its arguments, as read back from the English reason. */
    private record Said(String key, List<String> arguments) {
        String in(Texts texts) {
            return texts.get(key, arguments.toArray());
        }
    }

    private static List<Template> templates() {
        ResourceBundle english = ResourceBundle.getBundle(
                "i18n/messages",
                Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<Template> templates = new ArrayList<>();
        for (String key : english.keySet()) {
            if (key.startsWith("problem.")) {
                String text = english.getString(key);
                List<Integer> arguments = new ArrayList<>();
                Matcher argument = ARGUMENT.matcher(text);
                while (argument.find()) {
                    arguments.add(Integer.parseInt(argument.group(1)));
                }
                templates.add(new Template(key, pattern(text), List.copyOf(arguments)));
            }
        }
        // The longest texts first: a short one with arguments would otherwise swallow a longer, more exact one.
        templates.sort((a, b) -> Integer.compare(
                b.pattern().pattern().length(), a.pattern().pattern().length()));
        return List.copyOf(templates);
    }

    /** The text with each {n} a group and everything else literal. */
    private static Pattern pattern(String text) {
        StringBuilder regex = new StringBuilder();
        Matcher argument = ARGUMENT.matcher(text);
        int last = 0;
        while (argument.find()) {
            regex.append(Pattern.quote(text.substring(last, argument.start()))).append("(.*?)");
            last = argument.end();
        }
        regex.append(Pattern.quote(text.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
