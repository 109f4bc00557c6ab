package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One Exchange cmdlet with its parameters as JSON values. Input from people only ever becomes a JSON
 * string, number or boolean here; nothing is pasted into a command line, so nothing can be injected.
 */
final class Cmdlet {
    private final String name;
    private final ObjectNode parameters = JsonHttp.JSON.createObjectNode();

    private Cmdlet(String name) {
        this.name = name;
    }

    static Cmdlet named(String name) {
        return new Cmdlet(name);
    }

    String name() {
        return name;
    }

    Cmdlet with(String parameter, String value) {
        parameters.put(parameter, value);
        return this;
    }

    Cmdlet with(String parameter, boolean value) {
        parameters.put(parameter, value);
        return this;
    }

    Cmdlet with(String parameter, List<String> values) {
        ArrayNode array = parameters.putArray(parameter);
        values.forEach(array::add);
        return this;
    }

    /** A multi-valued property changed in place: {@code {"@odata.type":"#Exchange.GenericHashTable","Add":[...]}}. */
    Cmdlet withChange(String parameter, String addOrRemove, List<String> values) {
        ObjectNode table = parameters.putObject(parameter);
        table.put("@odata.type", "#Exchange.GenericHashTable");
        ArrayNode array = table.putArray(addOrRemove);
        values.forEach(array::add);
        return this;
    }

    JsonNode body() {
        ObjectNode body = JsonHttp.JSON.createObjectNode();
        ObjectNode input = body.putObject("CmdletInput");
        input.put("CmdletName", name);
        input.set("Parameters", parameters.deepCopy());
        return body;
    }

    @Override
    public String toString() {
        return name + " " + parameters;
    }
}
