package io.postkamer.mailbox.m365.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An HTTP answer of the fake: status and JSON body (none for 204). */
record FakeAnswer(int status, JsonNode body) {
    static final ObjectMapper JSON = new ObjectMapper();

    static FakeAnswer ok(JsonNode body) {
        return new FakeAnswer(200, body);
    }

    static FakeAnswer created(JsonNode body) {
        return new FakeAnswer(201, body);
    }

    static FakeAnswer noContent() {
        return new FakeAnswer(204, null);
    }

    /** Graph's error shape: {@code {"error":{"code","message","innerError":{...}}}}. */
    static FakeAnswer graphError(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code).put("message", message);
        error.putObject("innerError")
                .put("date", "2026-11-24T08:00:00")
                .put("request-id", "00000000-0000-0000-0000-00000000fa4e");
        return new FakeAnswer(status, body);
    }

    /** Exchange admin API's error shape: the cmdlet's exception in {@code error.details[].message} as "code|type|text". */
    static FakeAnswer exchangeError(int status, String exceptionType, String text) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", status == 404 ? "NotFound" : "BadRequest").put("message", "Error executing cmdlet");
        error.putArray("details")
                .addObject()
                .put("code", "Context")
                .put("target", "")
                .put("message", "Ex6F9304|" + exceptionType + "|" + text);
        ObjectNode inner = error.putObject("innererror");
        inner.put("message", text).put("type", "Microsoft.Exchange.Admin.OData.Core.ODataServiceException");
        inner.put(
                "@Microsoft.Exchange.Admin.OData.Core.ErrorType",
                exceptionType.substring(exceptionType.lastIndexOf('.') + 1));
        return new FakeAnswer(status, body);
    }

    static ObjectNode values(Iterable<? extends JsonNode> items) {
        ObjectNode body = JSON.createObjectNode();
        var array = body.putArray("value");
        items.forEach(array::add);
        return body;
    }
}
