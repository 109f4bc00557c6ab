package io.postkamer.dialogs.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.dialogs.WaterfallStepContext;
import java.util.Map;

/**
 * The one typed record a dialog keeps, in its step values. Stored as a plain map: whatever storage
 * gives back after a restart (maps, lists, strings), Jackson turns it into the record again, so no
 * step ever casts out of {@code getValues()}.
 */
public final class TypedState<T> {
    private static final String KEY = "state";
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Class<T> type;

    public TypedState(Class<T> type) {
        this.type = type;
    }

    /** The record in the step values, else the one the dialog was started with. */
    public T read(WaterfallStepContext step) {
        Object stored = step.getValues().get(KEY);
        return JSON.convertValue(stored != null ? stored : step.getOptions(), type);
    }

    public T write(WaterfallStepContext step, T value) {
        step.getValues().put(KEY, asOptions(value));
        return value;
    }

    /** The record as a dialog's options (a map, so that storage never has to know the record type). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asOptions(T value) {
        return JSON.convertValue(value, Map.class);
    }
}
