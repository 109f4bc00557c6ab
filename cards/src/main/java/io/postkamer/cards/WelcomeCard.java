package io.postkamer.cards;

import io.postkamer.cards.manage.GuidanceCard;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The first card: what the reader can do here (an administrator what they may change, anyone else what they
 * may ask for), the questions the bot answers, and buttons to start; it also answers what it did not understand. The buttons are {@code Action.Submit} with {@code {"action": …}} as data, which Teams and
 * other Bot Framework clients deliver as a message carrying that data (as Teams' message back does), so
 * they work where Universal Actions do not.
 */
public final class WelcomeCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("welcome");
    /** What a person typed is echoed back shortened: a card must stay far below Teams' message size. */
    private static final int ECHO_LIMIT = 200;

    private static final ConcurrentMap<Plain, AdaptiveCard> PLAIN = new ConcurrentHashMap<>();

    /** Who reads it: an administrator is offered what they may change, anyone else what they may ask for. */
    public enum Audience {
        ADMINISTRATOR,
        STAFF
    }

    private record Plain(Locale locale, Audience audience) {}

    /** What the template binds. */
    record Data(boolean notUnderstood, String notUnderstoodText, boolean administrator, String questions) {}

    private WelcomeCard() {}

    public static AdaptiveCard render(Texts texts, Audience audience, Optional<String> notUnderstood) {
        if (notUnderstood.isEmpty()) {
            // The answer to "help" and to a new member depends on the language alone, and is the most common one:
            // one tree per language, shared by every turn. A card is only read once rendered (sent, serialised),
            // so it is not copied (the copy took 3.5% of the CPU of a "help" turn).
            return PLAIN.computeIfAbsent(
                    new Plain(texts.locale(), audience), plain -> bind(texts, audience, Optional.empty()));
        }
        return bind(texts, audience, notUnderstood);
    }

    private static AdaptiveCard bind(Texts texts, Audience audience, Optional<String> notUnderstood) {
        Optional<String> echo =
                notUnderstood.map(text -> text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…");
        return TEMPLATE.bind(
                new Data(
                        echo.isPresent(),
                        echo.map(text -> texts.get("welcome.unknown", text)).orElse(""),
                        audience == Audience.ADMINISTRATOR,
                        // One Markdown list in one block: a card Teams renders as quickly as the shorter one it was.
                        Arrays.stream(GuidanceCard.Topic.values())
                                .map(topic -> "- " + topic.question(texts))
                                .collect(Collectors.joining("\n"))),
                texts);
    }
}
