package io.postkamer.dialogs.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;

/**
 * The connector client's JSON, without the SDK's flattening. The SDK's serializer reads a dot in any
 * JSON key as a path into nested objects, so an Adaptive Card's {@code "choices.data"} (Teams'
 * typeahead) became {@code choices → data} and failed on the array beside it; it also walked card
 * content by reflection, which Java 17 refuses for JDK collections. No Bot Connector type needs
 * flattening, so activities are written exactly as under expectReplies.
 */
final class ConnectorJson extends JacksonAdapter {
    @Override
    public ObjectMapper serializer() {
        return simpleMapper();
    }
}
