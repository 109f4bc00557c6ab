package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.common.Actor;
import java.util.Optional;

/**
 * Who asks the requests feature something this turn, and in which language the answer goes.
 *
 * @param teamsName the name Teams sends, for when the directory has none
 */
record Asker(String id, String teamsName, String locale, Texts texts) {
    static Asker of(TurnContext turn) {
        String id = Actor.idOf(turn);
        String locale = turn.getActivity().getLocale();
        return new Asker(
                id,
                Optional.ofNullable(turn.getActivity().getFrom().getName()).orElse(id),
                locale,
                Texts.forLocale(locale));
    }
}
