package io.postkamer.dialogs.common;

import com.microsoft.bot.builder.TurnContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The reader's time zone, as Teams reports it on the activity ({@code localTimezone}); UTC when it does not. */
public final class ReaderZone {
    private ReaderZone() {}

    public static ZoneId of(TurnContext turn) {
        try {
            String zone = turn.getActivity().getLocalTimezone();
            return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
