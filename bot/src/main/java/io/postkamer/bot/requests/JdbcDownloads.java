package io.postkamer.bot.requests;

import io.postkamer.dialogs.requests.Downloads;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Downloads kept in the application's database, so a link works on every instance, for
 * {@link #validFor()} and no longer: expired files are deleted whenever a new one is offered. The
 * token is 128 random bits; text files only (the audit export), stored as UTF-8 text.
 */
public final class JdbcDownloads implements Downloads {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Supplier<URI> base;
    private final Duration validFor;
    private final Clock clock;

    /** {@code base} is asked each time: the bot's own address may be known only once it listens. */
    public JdbcDownloads(JdbcTemplate jdbc, Supplier<URI> base, Duration validFor, Clock clock) {
        this.jdbc = jdbc;
        this.base = base;
        this.validFor = validFor;
        this.clock = clock;
    }

    @Override
    public URI offer(Download file) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM download WHERE expires_at < ?", JdbcRequestStore.utc(now));
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.update(
                "INSERT INTO download (token, file_name, content_type, content, expires_at) VALUES (?, ?, ?, ?, ?)",
                token,
                file.fileName(),
                file.contentType(),
                new String(file.content(), StandardCharsets.UTF_8),
                JdbcRequestStore.utc(now.plus(validFor)));
        String root = base.get().toString();
        return URI.create(root + (root.endsWith("/") ? "" : "/") + "downloads/" + token);
    }

    @Override
    public Duration validFor() {
        return validFor;
    }

    /** The file behind a token, while its link works. */
    public Optional<Download> find(String token) {
        return jdbc
                .query(
                        "SELECT file_name, content_type, content FROM download WHERE token = ? AND expires_at > ?",
                        (rs, row) -> new Download(
                                rs.getString("file_name"),
                                rs.getString("content_type"),
                                rs.getString("content").getBytes(StandardCharsets.UTF_8)),
                        token,
                        JdbcRequestStore.utc(clock.instant()))
                .stream()
                .findFirst();
    }
}
