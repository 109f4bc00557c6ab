package io.postkamer.dialogs.requests.memory;

import io.postkamer.dialogs.requests.Downloads;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Downloads kept in memory under links on {@code base}, for one instance; nothing expires. */
public final class MemoryDownloads implements Downloads {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI base;
    private final Map<String, Download> files = new ConcurrentHashMap<>();

    public MemoryDownloads(URI base) {
        this.base = base;
    }

    @Override
    public URI offer(Download file) {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        files.put(id, file);
        return base.resolve("downloads/" + id);
    }

    @Override
    public Duration validFor() {
        return Duration.ofMinutes(10);
    }

    /** The file behind a link this store gave out. */
    public Optional<Download> at(URI link) {
        String path = link.getPath();
        return Optional.ofNullable(files.get(path.substring(path.lastIndexOf('/') + 1)));
    }
}
