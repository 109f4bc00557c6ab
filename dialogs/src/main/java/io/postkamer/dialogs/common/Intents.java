package io.postkamer.dialogs.common;

import io.postkamer.cards.manage.GuidanceCard;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few things typed text can ask for, in English and Dutch. */
public final class Intents {
    private static final Set<String> CANCEL = Set.of("cancel", "stop", "quit", "annuleer", "annuleren", "stoppen");
    private static final Set<String> BACK = Set.of("back", "go back", "previous", "terug", "vorige", "ga terug");
    private static final Set<String> HELP = Set.of("help", "hulp", "?", "menu", "start");
    private static final Pattern CREATE = Pattern.compile(
            "^(?:please\\s+)?(?:create|make|new|add|set up)\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?shared\\s+mailbox"
                    + "(?:\\s+(?:called|named|for))?(?:\\s*[:\\-]\\s*|\\s+|$)(?<name>.*)$"
                    + "|^(?:maak|maken|nieuw|nieuwe|aanmaken)\\s+(?:een\\s+)?(?:nieuw\\s+|nieuwe\\s+)?gedeelde?\\s+postvak"
                    + "(?:\\s+(?:met\\s+de\\s+naam|genaamd|voor))?(?:\\s*[:\\-]\\s*|\\s+|$)(?<naam>.*)$"
                    + "|^(?:een\\s+)?gedeelde?\\s+postvak\\s+(?:maken|aanmaken)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTINUE = Pattern.compile(
            "^(?:continue|resume|go on)(?:\\s+with)?\\s+(?<name>.+)$|^(?:ga\\s+)?verder\\s+met\\s+(?<naam>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern LIST = Pattern.compile(
            "^(?:show|list|see|view)?\\s*(?:all\\s+|the\\s+)?(?:shared\\s+)?mailboxes$"
                    + "|^(?:toon|laat|bekijk|lijst)?\\s*(?:alle\\s+|de\\s+)?gedeelde\\s+postvakken(?:\\s+zien)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OPEN = Pattern.compile(
            "^(?:open|manage|show|overview\\s+of)\\s+(?!shared\\s+mailboxes$)(?<name>.+)$"
                    + "|^(?:beheer|toon|overzicht\\s+van)\\s+(?!gedeelde\\s+postvakken$)(?<naam>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONVERT = Pattern.compile(
            "^convert\\s+(?<name>.+?)(?:\\s+(?:to|into)\\s+(?:a\\s+)?shared(?:\\s+mailbox)?)?$"
                    + "|^(?:converteer|zet)\\s+(?<naam>.+?)(?:\\s+om)?(?:\\s+(?:naar|in)\\s+(?:een\\s+)?gedeelde?(?:\\s+postvak)?)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HISTORY = Pattern.compile(
            "^(?:show\\s+(?:the\\s+)?)?(?:history|audit(?:\\s+trail)?)\\s+(?:of|for)\\s+(?<name>.+)$"
                    + "|^(?:toon\\s+(?:de\\s+)?)?geschiedenis\\s+van\\s+(?<naam>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CALENDAR = Pattern.compile(
            "^(?:show\\s+(?:the\\s+)?)?calendar\\s+(?:of|for)\\s+(?<name>.+)$"
                    + "|^(?:toon\\s+(?:de\\s+)?)?agenda\\s+van\\s+(?<naam>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<GuidanceCard.Topic, Pattern> GUIDANCE = Map.of(
            GuidanceCard.Topic.PERMISSIONS,
                    Pattern.compile(
                            "which permission|what permission|permissions explained|welke machtiging|machtigingen uitleg",
                            Pattern.CASE_INSENSITIVE),
            GuidanceCard.Topic.GROUP_OR_MAILBOX,
                    Pattern.compile(
                            "(mailbox|postvak).*\\b(or|of)\\b.*(group|groep)|(group|groep).*\\b(or|of)\\b.*(mailbox|postvak)",
                            Pattern.CASE_INSENSITIVE),
            GuidanceCard.Topic.MOBILE,
                    Pattern.compile(
                            "\\b(phone|mobile|iphone|android|ipad|tablet|telefoon|mobiel)\\b",
                            Pattern.CASE_INSENSITIVE),
            GuidanceCard.Topic.NOT_IN_OUTLOOK,
                    Pattern.compile(
                            "(doesn'?t|does not|not|don'?t|niet)\\s+(show|appear|see|zien|verschijn|te zien)|niet in outlook"
                                    + "|not in outlook|zie het niet|why (don'?t|can'?t|do) i (not )?see"
                                    + "|waarom zie ik .*niet|waarom staat .*niet in outlook",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            GuidanceCard.Topic.AUTOMAPPING,
                    Pattern.compile(
                            "auto-?mapping|automatisch toewijzen|automatisch toegevoegd", Pattern.CASE_INSENSITIVE),
            GuidanceCard.Topic.LICENCE,
                    Pattern.compile("\\blicen[cs]es?\\b|\\blicenties?\\b", Pattern.CASE_INSENSITIVE),
            GuidanceCard.Topic.MIGRATION, Pattern.compile("\\bmigrat|\\bmigre", Pattern.CASE_INSENSITIVE),
            GuidanceCard.Topic.HYBRID, Pattern.compile("\\bhybri(d|de)\\b|on-?prem", Pattern.CASE_INSENSITIVE));

    private Intents() {}

    /** "show shared mailboxes", "toon gedeelde postvakken". */
    public static boolean isListMailboxes(String text) {
        return LIST.matcher(TypedText.normal(text)).matches();
    }

    /** "open receptie32@contoso.com", "beheer Ontvangstgebouw 32": the mailbox's name or address. */
    public static Optional<String> openMailbox(String text) {
        return named(OPEN, text);
    }

    /** "convert sanne.willems@contoso.com to shared", "zet Sanne om naar een gedeeld postvak": the mailbox. */
    public static Optional<String> convert(String text) {
        return named(CONVERT, text);
    }

    /** "history of marketing@contoso.com", "geschiedenis van Marketing": the mailbox. */
    public static Optional<String> history(String text) {
        return named(HISTORY, text);
    }

    /** "calendar of receptie32@contoso.com", "agenda van Ontvangstgebouw 32": the mailbox. */
    public static Optional<String> calendar(String text) {
        return named(CALENDAR, text);
    }

    /** A question the guidance cards answer, in English or Dutch. */
    public static Optional<GuidanceCard.Topic> guidance(String text) {
        return GUIDANCE.entrySet().stream()
                .filter(topic -> topic.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
    }

    public static boolean isCancel(String text) {
        return CANCEL.contains(TypedText.folded(text));
    }

    public static boolean isBack(String text) {
        return BACK.contains(TypedText.folded(text));
    }

    public static boolean isHelp(String text) {
        return text.isBlank() || HELP.contains(TypedText.folded(text));
    }

    /** "create a shared mailbox", "maak een gedeeld postvak Marketing": present, with the name if one was given. */
    public static Optional<Optional<String>> create(String text) {
        Matcher matcher = CREATE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = Optional.ofNullable(matcher.group("name"))
                .orElse(Optional.ofNullable(matcher.group("naam")).orElse(""));
        return Optional.of(Optional.of(TypedText.unquote(name)).filter(n -> !n.isEmpty()));
    }

    /** "continue with Marketing", "ga verder met Marketing": the mailbox's name. */
    public static Optional<String> continueWith(String text) {
        return named(CONTINUE, text);
    }

    /** The mailbox or name a command is about: its English ({@code name}) or Dutch ({@code naam}) group. */
    private static Optional<String> named(Pattern command, String text) {
        Matcher matcher = command.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(TypedText.unquote(
                        Optional.ofNullable(matcher.group("name")).orElse(matcher.group("naam"))))
                .filter(name -> !name.isEmpty());
    }
}
