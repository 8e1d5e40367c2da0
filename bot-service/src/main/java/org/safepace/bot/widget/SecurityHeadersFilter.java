package org.safepace.bot.widget;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the privacy and hardening headers to every response: no referrer leaves the page, no content sniffing,
 * and a Content-Security-Policy that allows only our own scripts and styles (no inline code) for the demo page
 * and the widget. API answers are also marked {@code no-store}, so no conversation stays in a shared browser's cache.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    SecurityHeadersFilter(List<String> allowedOrigins) {
        this.contentSecurityPolicy = contentSecurityPolicy(allowedOrigins);
    }

    static String contentSecurityPolicy(List<String> allowedOrigins) {
        String connect = allowedOrigins.isEmpty() ? "'self'" : "'self' " + String.join(" ", allowedOrigins);
        return String.join("; ",
                "default-src 'none'",
                "script-src 'self'",
                // The widget's styles come from /widget.css (a <link> inside its shadow root); no inline styles.
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src " + connect,
                "base-uri 'none'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Set before the chain runs: a streamed (SSE) response is committed early and takes no headers afterwards.
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
