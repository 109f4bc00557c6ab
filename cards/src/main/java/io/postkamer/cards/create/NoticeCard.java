package io.postkamer.cards.create;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.List;

/** A short card with a title and a few lines: a refusal, a stop, an expired card. */
public final class NoticeCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("notice");

    public enum Tone {
        DEFAULT,
        WARNING,
        ATTENTION
    }

    private NoticeCard() {}

    public static AdaptiveCard render(Texts texts, Tone tone, String title, List<String> lines) {
        var data = CardData.withToken("")
                .put("title", title)
                .put(
                        "color",
                        switch (tone) {
                            case DEFAULT -> "Default";
                            case WARNING -> "Warning";
                            case ATTENTION -> "Attention";
                        });
        CardData.texts(data, "lines", lines);
        return TEMPLATE.bind(data, texts);
    }
}
