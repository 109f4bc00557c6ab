package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import java.util.ArrayList;
import java.util.List;

/** Short answers to the questions people ask about shared mailboxes. */
public final class GuidanceCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("guidance");

    /** The questions, each with its texts under {@code guidance.<key>.*} (title, then lines 1, 2, …). */
    public enum Topic {
        PERMISSIONS("permissions"),
        GROUP_OR_MAILBOX("group"),
        MOBILE("mobile"),
        NOT_IN_OUTLOOK("outlook"),
        AUTOMAPPING("automapping"),
        LICENCE("licence"),
        MIGRATION("migration"),
        HYBRID("hybrid");

        private final String key;

        Topic(String key) {
            this.key = key;
        }

        /** The question as the help card lists it. */
        public String question(Texts texts) {
            return texts.get("guidance." + key + ".title");
        }
    }

    record Line(String text) {}

    record Data(String title, List<Line> lines) {}

    private GuidanceCard() {}

    public static AdaptiveCard render(Texts texts, Topic topic) {
        List<Line> lines = new ArrayList<>();
        for (int n = 1; texts.has("guidance." + topic.key + "." + n); n++) {
            lines.add(new Line(texts.get("guidance." + topic.key + "." + n)));
        }
        return TEMPLATE.bind(new Data(texts.get("guidance." + topic.key + ".title"), lines), texts);
    }
}
