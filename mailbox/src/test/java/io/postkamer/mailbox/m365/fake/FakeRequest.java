package io.postkamer.mailbox.m365.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request as the fake reads it: method, decoded path, decoded query parameters, JSON body. */
record FakeRequest(String method, String path, Map<String, String> query, JsonNode body) {
    static FakeRequest of(String method, String url, JsonNode body) {
        int q = url.indexOf('?');
        String path = URLDecoder.decode(q < 0 ? url : url.substring(0, q), StandardCharsets.UTF_8);
        Map<String, String> query = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0
                        ? ""
                        : URLDecoder.decode(pair.substring(eq + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
                query.put(name, value);
            }
        }
        return new FakeRequest(method, path, query, body);
    }

    String param(String name, String fallback) {
        return query.getOrDefault(name, fallback);
    }
}
