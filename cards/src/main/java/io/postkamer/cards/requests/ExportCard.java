package io.postkamer.cards.requests;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.net.URI;
import java.time.Duration;

/**
 * The audit export: how many lines it has and a button that downloads the CSV from the bot. Teams
 * shows no file a bot attaches itself, so the file is behind a link that works for a short while.
 */
public final class ExportCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("request-export");

    record Data(String summary, String validity, String url) {}

    private ExportCard() {}

    public static AdaptiveCard render(Texts texts, int lines, URI download, Duration validFor) {
        return TEMPLATE.bind(
                new Data(
                        texts.get("request.export.done", lines),
                        texts.get("request.export.validity", validFor.toMinutes()),
                        download.toString()),
                texts);
    }
}
