package io.postkamer.bot.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A request a browser sent on behalf of a page from another site. The Bot Connector and the bot's
 * own connector client send no {@code Origin}; a browser always does on a POST, and names the site
 * in {@code Sec-Fetch-Site}. Without this, a web page open in an administrator's browser could press
 * an anonymous bot's buttons.
 */
public final class BrowserOrigin {
    private BrowserOrigin() {}

    public static boolean isForeign(HttpServletRequest request) {
        String site = Optional.ofNullable(request.getHeader("Sec-Fetch-Site"))
                .orElse("")
                .toLowerCase(Locale.ROOT);
        if (site.equals("cross-site") || site.equals("same-site")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin.strip());
            String host = Optional.ofNullable(request.getHeader("Host")).orElse("");
            return from.getHost() == null
                    || !(from.getHost() + (from.getPort() < 0 ? "" : ":" + from.getPort())).equalsIgnoreCase(host);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }
}
