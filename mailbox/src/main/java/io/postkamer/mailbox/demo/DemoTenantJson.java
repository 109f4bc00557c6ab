package io.postkamer.mailbox.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@link DemoTenantData}: seed files and snapshots. */
public final class DemoTenantJson {
    /** A seed on the class path is named {@code classpath:demo-tenant/contoso.json}; anything else is a file path. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // keep the offsets written in the seed (+01:00), instead of moving every time to UTC
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private DemoTenantJson() {
    }

    public static DemoTenantData read(String json) {
        try {
            return check(MAPPER.readValue(json, DemoTenantData.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a demo tenant: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a seed from the class path ({@code classpath:…}) or from a file. */
    public static DemoTenantData readSeed(String location) {
        try (InputStream in = open(location)) {
            return check(MAPPER.readValue(in, DemoTenantData.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo tenant seed " + location + ": " + e.getMessage(), e);
        }
    }

    public static String write(DemoTenantData data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write demo tenant snapshot", e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH_PREFIX)) {
            String resource = location.substring(CLASSPATH_PREFIX.length()).replaceFirst("^/", "");
            InputStream in = DemoTenantJson.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no such class path resource");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    private static DemoTenantData check(DemoTenantData data) {
        if (data.formatVersion() != DemoTenantData.FORMAT_VERSION) {
            throw new IllegalArgumentException("demo tenant format version " + data.formatVersion()
                    + " is not supported (expected " + DemoTenantData.FORMAT_VERSION + ")");
        }
        return data;
    }
}
