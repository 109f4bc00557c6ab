package io.postkamer.bot.requests;

import io.postkamer.dialogs.requests.Downloads;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /downloads/{token}}: a file the bot offered in a card (the audit export), as an
 * attachment, while its link works. Anything else, expired or never offered, is the same 404.
 */
@RestController
public class DownloadsController {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final JdbcDownloads downloads;

    public DownloadsController(JdbcDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/downloads/{token}")
    public ResponseEntity<byte[]> download(@PathVariable String token) {
        if (!TOKEN.matcher(token).matches()) {
            return gone();
        }
        return downloads.find(token).map(DownloadsController::file).orElseGet(DownloadsController::gone);
    }

    private static ResponseEntity<byte[]> file(Downloads.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }

    private static ResponseEntity<byte[]> gone() {
        return ResponseEntity.status(404)
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(CacheControl.noStore())
                .body("This download link has expired or does not exist. Ask the bot for a new export."
                        .getBytes(StandardCharsets.UTF_8));
    }
}
