package io.postkamer.mailbox.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.postkamer.mailbox.MailboxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The demo tenant's state behind one lock: every read and change holds it, so calls are atomic and
 * seen in order; a change is saved to the snapshot store before it counts, and the faults a test
 * planned are raised before or after the change, as a lost answer would be.
 */
final class TenantStore {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private static final String CLASSPATH = "classpath:";

    private final Object lock = new Object();
    private final DemoTenantSettings settings;
    private final DemoTenantFaults faults = new DemoTenantFaults();
    private final List<String> writes = new ArrayList<>();
    private TenantState state;
    private String savedSnapshot;
    /** The line a change running under the lock adds to {@link #writes} once it is saved. */
    private String pendingWrite;

    private TenantStore(DemoTenantSettings settings, TenantState state) {
        this.settings = settings;
        this.state = state;
        this.savedSnapshot = toJson(state);
    }

    /** Starts from the snapshot store's last snapshot, or else from the seed. */
    static TenantStore load(DemoTenantSettings settings) {
        String json = settings.snapshotStore().load().orElseGet(() -> readSeed(settings.seed()));
        return new TenantStore(settings, parse(json, settings));
    }

    DemoTenantFaults faults() {
        return faults;
    }

    String snapshot() {
        synchronized (lock) {
            return toJson(state);
        }
    }

    List<String> writes() {
        synchronized (lock) {
            return List.copyOf(writes);
        }
    }

    <T> T read(DemoOperation operation, Function<TenantState, T> body) {
        synchronized (lock) {
            faults.take(operation).ifPresent(fault -> {
                throw fault.exception();
            });
            return body.apply(state);
        }
    }

    /** Runs a change: validation inside {@code body} comes before any mutation, so a refusal changes nothing. */
    <T> T write(DemoOperation operation, Function<TenantState, T> body, Predicate<T> changed) {
        synchronized (lock) {
            Optional<DemoTenantFaults.Fault> fault = faults.take(operation);
            if (fault.isPresent() && !fault.get().afterChange()) {
                throw fault.get().exception();
            }
            pendingWrite = null;
            T result = body.apply(state);
            if (changed.test(result)) {
                persist();
                if (pendingWrite != null) {
                    writes.add(pendingWrite);
                }
            }
            if (fault.isPresent()) {
                throw fault.get().exception();
            }
            return result;
        }
    }

    /** A change the demo's own controls make (not the service's): no faults, not in {@link #writes}. */
    <T> T adjust(Function<TenantState, T> body, Predicate<T> changed) {
        synchronized (lock) {
            T result = body.apply(state);
            if (changed.test(result)) {
                persist();
            }
            return result;
        }
    }

    /** The line {@link #writes} gets for the change now running, once it is saved. */
    void logWrite(String line) {
        pendingWrite = line;
    }

    /** Saves the state; if the store fails, goes back to what was saved last so memory and store agree. */
    private void persist() {
        if (!settings.snapshotStore().keeps()) {
            // Nothing keeps it: writing the whole tenant as JSON on every change would only cost time, and it grows
            // with the tenant (the Exchange stand-in of the bulk-grants benchmark spent 2 ms of each call on it).
            return;
        }
        String json = toJson(state);
        try {
            settings.snapshotStore().save(json);
            savedSnapshot = json;
        } catch (RuntimeException e) {
            state = parse(savedSnapshot, settings);
            throw new MailboxException.RemoteFailure("demo tenant store", 0, String.valueOf(e.getMessage()), true, e);
        }
    }

    private static String toJson(TenantState state) {
        try {
            return JSON.writeValueAsString(state.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("demo tenant state cannot be written as JSON", e);
        }
    }

    private static TenantState parse(String json, DemoTenantSettings settings) {
        try {
            return TenantState.from(JSON.readValue(json, TenantFile.class), settings.clock());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a demo tenant file: " + e.getOriginalMessage(), e);
        }
    }

    private static String readSeed(String location) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length());
                try (InputStream in = TenantStore.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no demo tenant seed on the classpath at " + resource);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo tenant seed " + location, e);
        }
    }
}
