package io.postkamer.cards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A bound Adaptive Card, ready to send. The content is a Jackson tree: it serialises as it is, and
 * the Bot Framework SDK's reflective validator accepts it (JDK immutable collections it does not).
 */
public record AdaptiveCard(JsonNode content) {
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    public AdaptiveCard {
        Objects.requireNonNull(content, "content");
    }
}
