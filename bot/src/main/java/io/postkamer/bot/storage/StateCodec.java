package io.postkamer.bot.storage;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.StoreItem;
import java.util.List;

/**
 * Turns state items into JSON and back the way the SDK's {@code MemoryStorage} does, so that
 * dialog stacks and other typed state survive the trip through the database unchanged.
 *
 * <p>Like {@code MemoryStorage}: modules found on the class path are registered, unknown
 * properties are ignored, and every non-final value held in an {@code Object} or abstract slot
 * carries its class name (Jackson default typing, wrapper arrays). The class of the item itself
 * is kept beside the JSON. Unlike {@code MemoryStorage}, only classes from the packages in
 * {@link #ALLOWED_TYPE_PREFIXES} are rebuilt, so stored rows cannot name arbitrary classes.
 */
final class StateCodec {

    /** Packages whose classes may appear in stored state. */
    static final List<String> ALLOWED_TYPE_PREFIXES = List.of(
            "java.lang.",
            "java.util.",
            "java.time.",
            "java.math.",
            "java.net.URI",
            "com.fasterxml.jackson.databind.node.",
            "com.microsoft.bot.",
            "io.postkamer.");

    private static final String ETAG_PROPERTY = "eTag";

    private final ObjectMapper mapper;

    StateCodec() {
        mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .findAndRegisterModules()
                // Beyond MemoryStorage, so that values come back equal: 12.50 stays 12.50, and a time
                // keeps its offset instead of being turned into a UTC epoch number.
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false);
        mapper.activateDefaultTyping(
                typeValidator(), ObjectMapper.DefaultTyping.OBJECT_AND_NON_CONCRETE, JsonTypeInfo.As.WRAPPER_ARRAY);
    }

    /**
     * Writes an item as JSON; a {@link StoreItem} gets {@code eTag} in its JSON so that it is read
     * back carrying the tag it was stored under.
     */
    StoredState encode(Object item, String eTag) {
        JsonNode tree = mapper.valueToTree(item);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("only objects can be stored, not a "
                    + item.getClass().getName() + " written as " + tree.getNodeType());
        }
        if (item instanceof StoreItem) {
            object.put(ETAG_PROPERTY, eTag);
        } else if (item instanceof java.util.Map) {
            // A state map's eTag is the row's, given to it when read; the copy it holds is stale.
            object.remove(ETAG_PROPERTY);
        }
        try {
            return new StoredState(item.getClass().getTypeName(), mapper.writeValueAsString(object));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + item.getClass().getName() + " as JSON: " + e, e);
        }
    }

    /** Rebuilds an item written by {@link #encode}. */
    Object decode(StoredState stored) {
        Class<?> type = allowedClass(stored.typeName());
        try {
            return mapper.readValue(stored.json(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot read stored " + stored.typeName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Class<?> allowedClass(String typeName) {
        if (!isAllowed(typeName)) {
            throw new IllegalStateException(
                    "stored type " + typeName + " is outside the allowed packages " + ALLOWED_TYPE_PREFIXES);
        }
        try {
            return Class.forName(typeName, false, StateCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("stored type " + typeName + " is not on the class path", e);
        }
    }

    private static boolean isAllowed(String typeName) {
        return ALLOWED_TYPE_PREFIXES.stream().anyMatch(typeName::startsWith);
    }

    private static PolymorphicTypeValidator typeValidator() {
        BasicPolymorphicTypeValidator.Builder builder =
                BasicPolymorphicTypeValidator.builder().allowIfSubTypeIsArray();
        ALLOWED_TYPE_PREFIXES.forEach(builder::allowIfSubType);
        return builder.build();
    }
}
