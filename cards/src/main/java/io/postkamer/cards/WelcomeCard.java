package io.postkamer.cards;

import java.util.Optional;

/**
 * The first card: what the bot can do, with buttons to start. The buttons are {@code Action.Submit}
 * with {@code {"action": …}} as data, which Teams and other Bot Framework clients deliver as a message
 * carrying that data, so they work where Universal Actions do not.
 */
public final class WelcomeCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("welcome");

    /** What the template binds: the line about a message that was not understood, when there was one. */
    public record Data(Optional<String> notUnderstood) {
    }

    private WelcomeCard() {
    }

    public static AdaptiveCard render(Texts texts, Optional<String> notUnderstood) {
        return TEMPLATE.bind(new Data(notUnderstood.map(text -> texts.get("welcome.unknown", text))), texts);
    }
}
