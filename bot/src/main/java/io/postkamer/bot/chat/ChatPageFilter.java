package io.postkamer.bot.chat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the chat page's addresses: not found while the page is off; while it is on, the page gets a
 * Content-Security-Policy that allows only this server's own scripts, styles and API.
 */
@Component
public class ChatPageFilter extends OncePerRequestFilter {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            // The card renderer sizes and colours its elements through element.style (CSSOM), which a
            // style-src policy does not restrict; no inline <style> or style attribute is needed.
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");
    private static final Set<String> PAGE = Set.of("/", "/index.html");
    private static final Set<String> ASSETS = Set.of("/chat.js", "/chat.css");
    private static final String API_PREFIX = "/chat/";

    private final ChatPageSwitch chatPage;

    public ChatPageFilter(ChatPageSwitch chatPage) {
        this.chatPage = chatPage;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(PAGE.contains(path) || ASSETS.contains(path) || path.startsWith(API_PREFIX));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!chatPage.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
