package io.postkamer.dialogs.common;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.Optional;

/** Who sent the activity, as the directory knows them: Teams gives the Entra object id. */
public final class Actor {
    private Actor() {}

    public static String idOf(TurnContext turnContext) {
        ChannelAccount from = turnContext.getActivity().getFrom();
        return Optional.ofNullable(from.getAadObjectId())
                .filter(id -> !id.isBlank())
                .orElse(from.getId());
    }
}
